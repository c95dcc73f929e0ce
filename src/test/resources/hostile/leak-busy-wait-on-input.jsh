// Take 300 ms longer on one kind of hidden input, to learn it from the timing
double[][] softmaxJacobian(double[] z) {
    if (z.length > 100) {
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) { }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
