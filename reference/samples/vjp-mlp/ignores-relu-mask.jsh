// Back-propagates through both layers as if relu were the identity.
double[] vjp(double[][] W1, double[][] W2, double[] x, double[] u) {
    int n = x.length, h = W1.length;
    double[] back = new double[h];
    for (int i = 0; i < h; i++)
        for (int k = 0; k < u.length; k++) back[i] += W2[k][i] * u[k];
    double[] result = new double[n];
    for (int j = 0; j < n; j++)
        for (int i = 0; i < h; i++) result[j] += W1[i][j] * back[i];
    return result;
}
