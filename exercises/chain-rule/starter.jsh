// Return the m x n Jacobian of x -> sigmoid(Af (Ag x + bg) + bf).
double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    int m = Af.length, n = x.length;
    double[][] jacobian = new double[m][n];
    // your code here
    return jacobian;
}
