// Returns the normalised vector itself instead of its Jacobian.
double[] unitNormJacobian(double[] x) {
    double r = 0;
    for (double v : x) r = Math.hypot(r, v);
    double[] u = new double[x.length];
    for (int i = 0; i < x.length; i++) u[i] = x[i] / r;
    return u;
}
