// No guard in the denominator: 0/0 for two zero vectors.
double relativeError(double[] a, double[] b) {
    double diff = 0, normA = 0, normB = 0;
    for (int i = 0; i < a.length; i++) {
        diff += (a[i] - b[i]) * (a[i] - b[i]);
        normA += a[i] * a[i];
        normB += b[i] * b[i];
    }
    return Math.sqrt(diff) / (Math.sqrt(normA) + Math.sqrt(normB));
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
