// Print every input, hoping it shows up in the feedback
double[][] softmaxJacobian(double[] z) {
    System.out.println("LEAK-OUT " + Arrays.toString(z));
    System.err.println("LEAK-ERR " + Arrays.toString(z));
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
