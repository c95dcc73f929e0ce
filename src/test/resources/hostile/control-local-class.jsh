// Control: a local class inside the method
double[][] softmaxJacobian(double[] z) {
    class Softmax {
        final double[] p = new double[z.length];
        Softmax() {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (double v : z) max = Math.max(max, v);
            for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
            for (int i = 0; i < z.length; i++) p[i] /= sum;
        }
        double entry(int a, int b) { return (a == b ? p[a] : 0) - p[a] * p[b]; }
    }
    Softmax s = new Softmax();
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++) for (int b = 0; b < z.length; b++) j[a][b] = s.entry(a, b);
    return j;
}
