// Control: a record with a compact constructor, equals and toString
record Probabilities(double[] p) {
    public Probabilities { if (p == null) throw new IllegalArgumentException(); }
    double at(int i) { return p[i]; }
}
Probabilities softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    return new Probabilities(p);
}
double[][] softmaxJacobian(double[] z) {
    Probabilities p = softmax(z);
    if (!p.equals(p) || p.toString().isEmpty() || p.hashCode() == 0 && false) throw new AssertionError();
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = (a == b ? p.at(a) : 0) - p.at(a) * p.at(b);
    return j;
}
