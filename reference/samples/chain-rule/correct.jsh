// J = diag(sigma'(z)) Af Ag, with a sigmoid that never overflows.
double sigmoid(double t) {
    return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

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
        double s = sigmoid(z[i]), slope = s * (1 - s);
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (int h = 0; h < k; h++) sum += Af[i][h] * Ag[h][c];
            j[i][c] = slope * sum;
        }
    }
    return j;
}
