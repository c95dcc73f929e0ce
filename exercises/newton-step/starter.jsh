// Return x - H^{-1} g. Solve H p = g; do not form the inverse of H.
double[] newtonStep(double[][] H, double[] g, double[] x) {
    int n = x.length;
    double[] next = new double[n];
    // your code here
    return next;
}
