// Return J[i][j] = d p_i / d z_j, where p = softmax(z).
double[][] softmaxJacobian(double[] z) {
    int k = z.length;
    double[][] jacobian = new double[k][k];
    // your code here
    return jacobian;
}
