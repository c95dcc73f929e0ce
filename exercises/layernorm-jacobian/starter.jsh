// Return J[i][j] = d y_i / d x_j for y = (x - mean(x)) / std(x), population std.
double[][] layerNormJacobian(double[] x) {
    int d = x.length;
    double[][] jacobian = new double[d][d];
    // your code here
    return jacobian;
}
