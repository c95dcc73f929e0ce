// Filling an array on the common pool's threads
double[][] softmaxJacobian(double[] z) {
    double[] filled = new double[z.length];
    Arrays.parallelSetAll(filled, i -> z[i]);
    return new double[][] {filled};
}
