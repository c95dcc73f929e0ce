// Always runs 100 iterations, whatever iters says.
double lambdaMax(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
    Random rng = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
    v = unit(v);
    double lambda = 0.0;
    for (int k = 0; k < 100; k++) {
        double[] w = hvp.apply(v);
        lambda = dot(v, w);
        v = unit(w);
    }
    return lambda;
}

double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
}

double[] unit(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] / norm;
    return out;
}
