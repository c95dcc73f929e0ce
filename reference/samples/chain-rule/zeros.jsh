// A zero m x n matrix: no chain rule applied at all.
double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    return new double[Af.length][x.length];
}
