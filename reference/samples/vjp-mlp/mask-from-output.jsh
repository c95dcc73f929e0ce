// Takes the relu mask from the output pre-activation y = W2 relu(W1 x) instead of from W1 x.
double[] vjp(double[][] W1, double[][] W2, double[] x, double[] u) {
    int n = x.length, h = W1.length, m = W2.length;
    double[] hidden = new double[h];
    for (int i = 0; i < h; i++) {
        for (int j = 0; j < n; j++) hidden[i] += W1[i][j] * x[j];
        hidden[i] = Math.max(0, hidden[i]);
    }
    double[] masked = new double[m];
    for (int k = 0; k < m; k++) {
        double y = 0;
        for (int i = 0; i < h; i++) y += W2[k][i] * hidden[i];
        masked[k] = y > 0 ? u[k] : 0;
    }
    double[] back = new double[h];
    for (int i = 0; i < h; i++)
        for (int k = 0; k < m; k++) back[i] += W2[k][i] * masked[k];
    double[] result = new double[n];
    for (int j = 0; j < n; j++)
        for (int i = 0; i < h; i++) result[j] += W1[i][j] * back[i];
    return result;
}
