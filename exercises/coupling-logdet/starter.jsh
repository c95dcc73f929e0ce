// x = (x1, x2), halves of equal length; s and t map a half to a half.
double couplingLogDet(double[] x, UnaryOperator<double[]> s) {
    // your code here
    return 0.0;
}

double[] couplingInverse(double[] y, UnaryOperator<double[]> s, UnaryOperator<double[]> t) {
    double[] x = new double[y.length];
    // your code here
    return x;
}
