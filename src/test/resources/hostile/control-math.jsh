// Control: Math functions (log-sum-exp through log1p, fma, hypot)
double[][] softmaxJacobian(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double sum = 0;
    for (double v : z) sum += Math.exp(v - max);
    double logSum = max + Math.log(sum);
    if (Math.abs(Math.hypot(3, 4) - 5) > 1e-12 || Math.log1p(0) != 0 || Math.signum(-2.0) != -1) return null;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - logSum);
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = Math.fma(-p[a], p[b], a == b ? p[a] : 0);
    return j;
}
