// Control: local variable type inference with var, including in lambdas and loops
double[][] softmaxJacobian(double[] z) {
    var max = Double.NEGATIVE_INFINITY;
    for (var v : z) max = Math.max(max, v);
    var p = new double[z.length];
    var sum = 0.0;
    for (var i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    final var total = sum;
    BiFunction<Integer, Integer, Double> entry = (var a, var b) -> (a.intValue() == b.intValue() ? p[a] / total : 0) - p[a] * p[b] / (total * total);
    var j = new double[z.length][z.length];
    for (var a = 0; a < z.length; a++) for (var b = 0; b < z.length; b++) j[a][b] = entry.apply(a, b);
    return j;
}
