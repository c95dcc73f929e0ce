// The Jacobian of a centred gradient, taken with forward steps: column j differs from row j by O(h).
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double[] g = gradient(f, x, h);
    double[][] H = new double[n][n];
    for (int j = 0; j < n; j++) {
        double[] moved = x.clone();
        moved[j] += h;
        double[] gj = gradient(f, moved, h);
        for (int i = 0; i < n; i++) H[i][j] = (gj[i] - g[i]) / h;
    }
    return H;
}

double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
        double[] up = x.clone(), down = x.clone();
        up[i] += h;
        down[i] -= h;
        g[i] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
    }
    return g;
}
