// Feeds the second half to the scale network.
double couplingLogDet(double[] x, UnaryOperator<double[]> s) {
    double[] x2 = Arrays.copyOfRange(x, x.length / 2, x.length);
    return Arrays.stream(s.apply(x2)).sum();
}

double[] couplingInverse(double[] y, UnaryOperator<double[]> s, UnaryOperator<double[]> t) {
    int h = y.length / 2;
    double[] y1 = Arrays.copyOfRange(y, 0, h);
    double[] scale = s.apply(y1), shift = t.apply(y1);
    double[] x = y.clone();
    for (int i = 0; i < h; i++) x[h + i] = (y[h + i] - shift[i]) * Math.exp(-scale[i]);
    return x;
}
