// Control: lambdas and functional interfaces
double[][] softmaxJacobian(double[] z) {
    DoubleUnaryOperator shift = v -> v - Arrays.stream(z).max().getAsDouble();
    DoubleUnaryOperator exp = Math::exp;
    double[] e = new double[z.length];
    for (int i = 0; i < z.length; i++) e[i] = shift.andThen(exp).applyAsDouble(z[i]);
    double total = 0;
    for (double v : e) total += v;
    final double sum = total;
    IntToDoubleFunction p = i -> e[i] / sum;
    BiFunction<Integer, Integer, Double> entry = (a, b) -> (a.equals(b) ? p.applyAsDouble(a) : 0) - p.applyAsDouble(a) * p.applyAsDouble(b);
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++) for (int b = 0; b < z.length; b++) j[a][b] = entry.apply(a, b);
    return j;
}
