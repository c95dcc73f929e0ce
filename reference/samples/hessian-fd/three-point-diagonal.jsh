// Also right: the three-point second difference on the diagonal, four points elsewhere.
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double fx = f.applyAsDouble(x);
    double[][] H = new double[n][n];
    for (int i = 0; i < n; i++) {
        H[i][i] = (f.applyAsDouble(shift(x, i, h, i, 0)) - 2 * fx + f.applyAsDouble(shift(x, i, -h, i, 0))) / (h * h);
        for (int j = i + 1; j < n; j++) {
            double sum = f.applyAsDouble(shift(x, i, h, j, h)) - f.applyAsDouble(shift(x, i, h, j, -h))
                    - f.applyAsDouble(shift(x, i, -h, j, h)) + f.applyAsDouble(shift(x, i, -h, j, -h));
            H[i][j] = H[j][i] = sum / (4 * h * h);
        }
    }
    return H;
}

double[] shift(double[] x, int i, double di, int j, double dj) {
    double[] y = x.clone();
    y[i] += di;
    y[j] += dj;
    return y;
}
