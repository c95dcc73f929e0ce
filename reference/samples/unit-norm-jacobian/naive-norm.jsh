// The right formula, but the length is the square root of an unscaled sum of squares.
double[][] unitNormJacobian(double[] x) {
    int n = x.length;
    double sum = 0;
    for (double v : x) sum += v * v;
    double r = Math.sqrt(sum);
    double[][] j = new double[n][n];
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            j[a][b] = ((a == b ? 1 : 0) - (x[a] / r) * (x[b] / r)) / r;
    return j;
}
