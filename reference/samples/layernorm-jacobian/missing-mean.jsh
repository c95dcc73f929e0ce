// Differentiates sigma but treats the mean as a constant.
double[][] layerNormJacobian(double[] x) {
    int d = x.length;
    double mean = Arrays.stream(x).average().orElse(0);
    double sigma = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / d);
    double[] hat = Arrays.stream(x).map(v -> (v - mean) / sigma).toArray();
    double[][] j = new double[d][d];
    for (int a = 0; a < d; a++)
        for (int b = 0; b < d; b++)
            j[a][b] = ((a == b ? 1 : 0) - hat[a] * hat[b] / d) / sigma;
    return j;
}
