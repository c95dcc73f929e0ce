// Return J[i][j] = d f_i / d x_j for f(x) = (x0^2 + x1 x2, e^{x0} - x2^2): two rows, three columns.
double[][] jacobian(double[] x) {
    double[][] jacobian = new double[2][3];
    // your code here
    return jacobian;
}
