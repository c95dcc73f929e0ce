// Forgets the -p p^T term: only the diagonal is right.
double[][] softmaxJacobian(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    double[][] j = new double[z.length][z.length];
    for (int i = 0; i < z.length; i++) j[i][i] = p[i] / sum;
    return j;
}
