// H[i][j] = d^2 f / dx_i dx_j at x, by centred differences with step h; H is n x n.
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double[][] H = new double[n][n];
    for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
            // your code here: evaluate f at x + h e_i + h e_j, x + h e_i - h e_j, ...
        }
    }
    return H;
}
