// Control: a varargs helper
double maxOf(double... v) { double m = Double.NEGATIVE_INFINITY; for (double x : v) m = Math.max(m, x); return m; }
double sumOf(double... v) { double s = 0; for (double x : v) s += x; return s; }
double[][] softmaxJacobian(double[] z) {
    double max = maxOf(z);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i] - max);
    double sum = sumOf(p);
    if (sumOf(1, 2, 3) != 6) return null;
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = (a == b ? p[a] / sum : 0) - (p[a] / sum) * (p[b] / sum);
    return j;
}
