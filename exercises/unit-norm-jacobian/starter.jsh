// Return J[i][j] = d u_i / d x_j for u(x) = x / ||x||.
double[][] unitNormJacobian(double[] x) {
    int n = x.length;
    double[][] jacobian = new double[n][n];
    // your code here
    return jacobian;
}
