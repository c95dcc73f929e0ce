// Second differences along each axis only: the mixed partials are left at zero.
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double fx = f.applyAsDouble(x);
    double[][] H = new double[n][n];
    for (int i = 0; i < n; i++) {
        double[] up = x.clone(), down = x.clone();
        up[i] += h;
        down[i] -= h;
        H[i][i] = (f.applyAsDouble(up) - 2 * fx + f.applyAsDouble(down)) / (h * h);
    }
    return H;
}
