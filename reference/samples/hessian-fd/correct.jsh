double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double[][] H = new double[n][n];
    for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
            double sum = f.applyAsDouble(shift(x, i, h, j, h)) - f.applyAsDouble(shift(x, i, h, j, -h))
                    - f.applyAsDouble(shift(x, i, -h, j, h)) + f.applyAsDouble(shift(x, i, -h, j, -h));
            H[i][j] = sum / (4 * h * h);
            H[j][i] = H[i][j];
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
