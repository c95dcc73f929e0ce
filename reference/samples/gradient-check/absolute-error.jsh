// Absolute instead of relative error, in both functions.
double relativeError(double[] a, double[] b) {
    double diff = 0;
    for (int i = 0; i < a.length; i++) diff += (a[i] - b[i]) * (a[i] - b[i]);
    return Math.sqrt(diff);
}

boolean gradientIsCorrect(ToDoubleFunction<double[]> loss, Function<double[], double[]> grad, double[] w) {
    double h = 1e-5;
    double[] numeric = new double[w.length];
    for (int j = 0; j < w.length; j++) {
        double[] up = w.clone(), down = w.clone();
        up[j] += h;
        down[j] -= h;
        numeric[j] = (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (2 * h);
    }
    return relativeError(grad.apply(w), numeric) <= 1e-6;
}
