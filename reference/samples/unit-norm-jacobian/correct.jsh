// Math.hypot accumulates the length without overflow or underflow.
double[][] unitNormJacobian(double[] x) {
    int n = x.length;
    double r = 0;
    for (double v : x) r = Math.hypot(r, v);
    double[] hat = new double[n];
    for (int i = 0; i < n; i++) hat[i] = x[i] / r;
    double[][] j = new double[n][n];
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            j[a][b] = ((a == b ? 1 : 0) - hat[a] * hat[b]) / r;
    return j;
}
