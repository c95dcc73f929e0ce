// Takes the three coordinates as separate numbers instead of one array.
double[][] jacobian(double x0, double x1, double x2) {
    return new double[][] {
        {2 * x0, x2, x1},
        {Math.exp(x0), 0, -2 * x2}
    };
}
