// Back-propagation: u through W2^T, the relu mask from the forward pass, then W1^T.
double[] vjp(double[][] W1, double[][] W2, double[] x, double[] u) {
    int n = x.length, h = W1.length;
    double[] back = new double[h];
    for (int i = 0; i < h; i++) {
        double pre = 0;
        for (int j = 0; j < n; j++) pre += W1[i][j] * x[j];
        if (pre <= 0) continue;
        for (int k = 0; k < u.length; k++) back[i] += W2[k][i] * u[k];
    }
    double[] result = new double[n];
    for (int j = 0; j < n; j++)
        for (int i = 0; i < h; i++) result[j] += W1[i][j] * back[i];
    return result;
}
