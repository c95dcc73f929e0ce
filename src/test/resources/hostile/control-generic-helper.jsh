// Control: a generic helper method
<T extends Comparable<T>> T largest(List<T> xs) {
    T best = xs.get(0);
    for (T x : xs) if (x.compareTo(best) > 0) best = x;
    return best;
}
<T, R> List<R> mapAll(List<T> xs, Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>();
    for (T x : xs) out.add(f.apply(x));
    return out;
}
double[][] softmaxJacobian(double[] z) {
    List<Double> logits = new ArrayList<>();
    for (double v : z) logits.add(v);
    double max = largest(logits);
    List<Double> e = mapAll(logits, v -> Math.exp(v - max));
    double sum = 0;
    for (double v : e) sum += v;
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) {
            double pa = e.get(a) / sum, pb = e.get(b) / sum;
            j[a][b] = (a == b ? pa : 0) - pa * pb;
        }
    return j;
}
