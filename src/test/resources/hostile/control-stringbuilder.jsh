// Control: StringBuilder for a debugging trace that is printed (within the output limit)
double[][] softmaxJacobian(double[] z) {
    StringBuilder trace = new StringBuilder();
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    trace.append("max=").append(max).append(' ');
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    trace.append("sum=").append(sum).reverse().reverse();
    if (z.length < 10) System.out.println(trace);
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = (a == b ? p[a] / sum : 0) - (p[a] / sum) * (p[b] / sum);
    return j;
}
