// Treats H as diagonal: divides each gradient entry by H[i][i].
double[] newtonStep(double[][] H, double[] g, double[] x) {
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) next[i] = x[i] - g[i] / H[i][i];
    return next;
}
