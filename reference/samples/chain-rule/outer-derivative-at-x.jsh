// Evaluates the outer layer's Jacobian at x instead of at g(x).
double sigmoid(double t) {
    return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    int m = Af.length, k = Ag.length, n = x.length;
    double[][] j = new double[m][n];
    for (int i = 0; i < m; i++) {
        double z = bf[i];
        for (int h = 0; h < k; h++) z += Af[i][h] * x[h];
        double s = sigmoid(z);
        for (int c = 0; c < n; c++)
            for (int h = 0; h < k; h++) j[i][c] += s * (1 - s) * Af[i][h] * Ag[h][c];
    }
    return j;
}
