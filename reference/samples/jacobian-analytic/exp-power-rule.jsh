// Treats e^{x0} like a power: x0 * e^{x0 - 1}.
double[][] jacobian(double[] x) {
    return new double[][] {
        {2 * x[0], x[2], x[1]},
        {x[0] * Math.exp(x[0] - 1), 0, -2 * x[2]}
    };
}
