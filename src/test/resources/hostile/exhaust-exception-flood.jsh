// Top-level statements that throw long chains of causes, each message as long as the protocol carries
RuntimeException chain(int causes) {
    String message = "\u2202".repeat(21844);
    RuntimeException e = null;
    for (int i = 0; i <= causes; i++) {
        e = new RuntimeException(message, e);
        e.setStackTrace(new StackTraceElement[0]);
    }
    return e;
}
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
if (true) throw chain(300);
double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(p).sum();
    for (int i = 0; i < p.length; i++) p[i] /= sum;
    return p;
}

double[][] softmaxJacobian(double[] z) {
    double[] p = softmax(z);
    double[][] j = new double[p.length][p.length];
    for (int a = 0; a < p.length; a++)
        for (int b = 0; b < p.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
