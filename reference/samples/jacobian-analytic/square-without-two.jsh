// Forgets the factor 2 when differentiating x2^2.
double[][] jacobian(double[] x) {
    return new double[][] {
        {2 * x[0], x[2], x[1]},
        {Math.exp(x[0]), 0, -x[2]}
    };
}
