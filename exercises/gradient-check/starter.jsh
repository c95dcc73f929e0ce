// ||a - b|| / (||a|| + ||b|| + 1e-12)
double relativeError(double[] a, double[] b) {
    // your code here
    return 0.0;
}

// Centred differences with h = 1e-5; accept when the relative error is at most 1e-6.
boolean gradientIsCorrect(ToDoubleFunction<double[]> loss, Function<double[], double[]> grad, double[] w) {
    double h = 1e-5;
    double[] analytic = grad.apply(w);
    double[] numeric = new double[w.length];
    // your code here
    return relativeError(analytic, numeric) <= 1e-6;
}
