// Row i holds the gradient of output i.
double[][] jacobian(double[] x) {
    return new double[][] {
        {2 * x[0], x[2], x[1]},
        {Math.exp(x[0]), 0, -2 * x[2]}
    };
}
