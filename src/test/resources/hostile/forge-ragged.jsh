// A ragged matrix: row i has i+1 entries
double[][] softmaxJacobian(double[] z) {
    double[][] r = new double[z.length][];
    for (int i = 0; i < z.length; i++) r[i] = new double[i + 1];
    return r;
}
