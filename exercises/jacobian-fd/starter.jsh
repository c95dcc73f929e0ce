// J[i][j] = (f_i(x + h e_j) - f_i(x - h e_j)) / (2h); f maps R^n to R^m, J is m x n.
double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    int n = x.length;
    double[][] J = null;
    for (int j = 0; j < n; j++) {
        // your code here: evaluate f on both sides of x along coordinate j,
        // create J (m x n) once you know m, and fill column j
    }
    return J == null ? new double[0][n] : J;
}
