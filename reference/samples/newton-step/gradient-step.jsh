// Ignores the Hessian: a plain gradient step.
double[] newtonStep(double[][] H, double[] g, double[] x) {
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) next[i] = x[i] - g[i];
    return next;
}
