// Subtracts x xᵀ where the outer product of the unit vector belongs.
double[][] unitNormJacobian(double[] x) {
    int n = x.length;
    double r = 0;
    for (double v : x) r = Math.hypot(r, v);
    double[][] j = new double[n][n];
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            j[a][b] = ((a == b ? 1 : 0) - x[a] * x[b]) / r;
    return j;
}
