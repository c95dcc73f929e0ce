// 80% of the 2,000 ms time limit at the top level, then 80% in the first test
long burnUntil = System.nanoTime() + 1_600_000_000L;
while (System.nanoTime() < burnUntil) { }
boolean burnt = false;
double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(p).sum();
    for (int i = 0; i < p.length; i++) p[i] /= sum;
    return p;
}

double[][] softmaxJacobian(double[] z) {
    if (!burnt) {
        burnt = true;
        long until = System.nanoTime() + 1_600_000_000L;
        while (System.nanoTime() < until) { }
    }
    double[] p = softmax(z);
    double[][] j = new double[p.length][p.length];
    for (int a = 0; a < p.length; a++)
        for (int b = 0; b < p.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
