// Control: a recursive helper 5000 calls deep on every test
double sumFrom(double[] v, int i, int depth) {
    if (depth > 0) return sumFrom(v, i, depth - 1);
    return i == v.length ? 0 : v[i] + sumFrom(v, i + 1, 0);
}
int depthProbe(int n) { return n == 0 ? 0 : 1 + depthProbe(n - 1); }
double[][] softmaxJacobian(double[] z) {
    if (depthProbe(5000) != 5000) return null;
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - max);
    double sum = sumFrom(p, 0, 5000);
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = (a == b ? p[a] / sum : 0) - (p[a] / sum) * (p[b] / sum);
    return j;
}
