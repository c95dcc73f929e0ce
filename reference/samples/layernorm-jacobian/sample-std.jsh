// Normalises with the sample standard deviation (divides the variance by d - 1).
double[][] layerNormJacobian(double[] x) {
    int d = x.length;
    double mean = Arrays.stream(x).average().orElse(0);
    double s = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (d - 1));
    double[] hat = Arrays.stream(x).map(v -> (v - mean) / s).toArray();
    double[][] j = new double[d][d];
    for (int a = 0; a < d; a++)
        for (int b = 0; b < d; b++)
            j[a][b] = ((a == b ? 1 : 0) - 1.0 / d - hat[a] * hat[b] / (d - 1)) / s;
    return j;
}
