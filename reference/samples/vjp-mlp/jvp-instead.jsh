// Forms J = W2 diag(mask) W1, then multiplies J u instead of u^T J.
double[] vjp(double[][] W1, double[][] W2, double[] x, double[] u) {
    int n = x.length, h = W1.length, m = W2.length;
    double[][] j = new double[m][n];
    for (int i = 0; i < h; i++) {
        double pre = 0;
        for (int c = 0; c < n; c++) pre += W1[i][c] * x[c];
        if (pre <= 0) continue;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) j[r][c] += W2[r][i] * W1[i][c];
    }
    double[] result = new double[m];
    for (int r = 0; r < m; r++)
        for (int c = 0; c < n; c++) result[r] += j[r][c] * u[c];
    return result;
}
