// One allocation far beyond the heap
double[][] softmaxJacobian(double[] z) {
    double[] big = new double[1 << 30];
    return new double[][] {big};
}
