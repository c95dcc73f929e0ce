// Control: string concatenation, String.format and text parsing inside the solution
double[][] softmaxJacobian(double[] z) {
    String label = "n=" + z.length + ", first=" + (z.length > 0 ? z[0] : 0) + '!';
    String again = String.format("%d entries", z.length) + label.length();
    if (again.isEmpty()) return null;
    double max = Double.parseDouble("" + Arrays.stream(z).max().orElse(0));
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++) j[a][b] = (a == b ? p[a] / sum : 0) - (p[a] / sum) * (p[b] / sum);
    return j;
}
