// Forward differences in both indices: symmetric, but only O(h) accurate.
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    int n = x.length;
    double fx = f.applyAsDouble(x);
    double[][] H = new double[n][n];
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            double[] both = x.clone(), onlyI = x.clone(), onlyJ = x.clone();
            both[i] += h;
            both[j] += h;
            onlyI[i] += h;
            onlyJ[j] += h;
            H[i][j] = (f.applyAsDouble(both) - f.applyAsDouble(onlyI) - f.applyAsDouble(onlyJ) + fx) / (h * h);
        }
    }
    return H;
}
