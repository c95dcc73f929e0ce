// Right formula, but exp overflows for large logits.
double[][] softmaxJacobian(double[] z) {
    double sum = 0;
    for (double v : z) sum += Math.exp(v);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i]) / sum;
    double[][] j = new double[p.length][p.length];
    for (int a = 0; a < p.length; a++)
        for (int b = 0; b < p.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
