// Undoes the shift but scales by exp(s) again instead of exp(-s).
double couplingLogDet(double[] x, UnaryOperator<double[]> s) {
    double[] x1 = Arrays.copyOfRange(x, 0, x.length / 2);
    return Arrays.stream(s.apply(x1)).sum();
}

double[] couplingInverse(double[] y, UnaryOperator<double[]> s, UnaryOperator<double[]> t) {
    int h = y.length / 2;
    double[] y1 = Arrays.copyOfRange(y, 0, h);
    double[] scale = s.apply(y1), shift = t.apply(y1);
    double[] x = y.clone();
    for (int i = 0; i < h; i++) x[h + i] = (y[h + i] - shift[i]) * Math.exp(scale[i]);
    return x;
}
