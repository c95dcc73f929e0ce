// Differentiates x / ||x|| as if ||x|| were a constant.
double[][] unitNormJacobian(double[] x) {
    int n = x.length;
    double r = 0;
    for (double v : x) r = Math.hypot(r, v);
    double[][] j = new double[n][n];
    for (int a = 0; a < n; a++) j[a][a] = 1 / r;
    return j;
}
