// Power iteration with Hessian-vector products only; see the statement for the exact steps.
double lambdaMax(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
    Random rng = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
    double lambda = 0.0;
    // your code here: normalise v, then iters times: w = hvp(v), lambda = v.w, v = w / |w|
    return lambda;
}
