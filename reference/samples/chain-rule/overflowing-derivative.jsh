// The right chain, with sigma'(z) written as e^{-z} / (1 + e^{-z})^2, which is NaN for z = -800.
double[] affine(double[][] a, double[] v, double[] b) {
    double[] out = b.clone();
    for (int i = 0; i < a.length; i++)
        for (int j = 0; j < v.length; j++) out[i] += a[i][j] * v[j];
    return out;
}

double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    double[] z = affine(Af, affine(Ag, x, bg), bf);
    int m = Af.length, k = Ag.length, n = x.length;
    double[][] j = new double[m][n];
    for (int i = 0; i < m; i++) {
        double e = Math.exp(-z[i]);
        double slope = e / ((1 + e) * (1 + e));
        for (int c = 0; c < n; c++)
            for (int h = 0; h < k; h++) j[i][c] += slope * Af[i][h] * Ag[h][c];
    }
    return j;
}
