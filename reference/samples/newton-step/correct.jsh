// Gaussian elimination with partial pivoting on [H | g], then back substitution.
double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) { m[i] = Arrays.copyOf(a[i], n + 1); m[i][n] = b[i]; }
    for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
        double[] swap = m[col]; m[col] = m[pivot]; m[pivot] = swap;
        for (int r = col + 1; r < n; r++) {
            double factor = m[r][col] / m[col][col];
            for (int c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
        }
    }
    double[] p = new double[n];
    for (int i = n - 1; i >= 0; i--) {
        double s = m[i][n];
        for (int c = i + 1; c < n; c++) s -= m[i][c] * p[c];
        p[i] = s / m[i][i];
    }
    return p;
}

double[] newtonStep(double[][] H, double[] g, double[] x) {
    double[] p = solve(H, g);
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) next[i] = x[i] - p[i];
    return next;
}
