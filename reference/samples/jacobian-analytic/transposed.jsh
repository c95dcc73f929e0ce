// Stores the gradients as columns: a 3 x 2 array, the transpose of the Jacobian.
double[][] jacobian(double[] x) {
    return new double[][] {
        {2 * x[0], Math.exp(x[0])},
        {x[2], 0},
        {x[1], -2 * x[2]}
    };
}
