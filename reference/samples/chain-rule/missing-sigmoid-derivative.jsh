// Chains the two linear maps and forgets the sigmoid's Jacobian.
double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    int m = Af.length, k = Ag.length, n = x.length;
    double[][] j = new double[m][n];
    for (int i = 0; i < m; i++)
        for (int c = 0; c < n; c++)
            for (int h = 0; h < k; h++) j[i][c] += Af[i][h] * Ag[h][c];
    return j;
}
