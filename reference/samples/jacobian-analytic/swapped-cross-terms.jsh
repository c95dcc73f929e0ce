// Differentiates x1 x2 with respect to x1 as x1 (and to x2 as x2).
double[][] jacobian(double[] x) {
    return new double[][] {
        {2 * x[0], x[1], x[2]},
        {Math.exp(x[0]), 0, -2 * x[2]}
    };
}
