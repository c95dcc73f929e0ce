// Never normalises v; divides by v.v in the Rayleigh quotient, which overflows for large lambda^k.
double lambdaMax(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
    Random rng = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
    double lambda = 0.0;
    for (int k = 0; k < iters; k++) {
        double[] w = hvp.apply(v);
        lambda = dot(v, w) / dot(v, v);
        v = w;
    }
    return lambda;
}

double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
}
