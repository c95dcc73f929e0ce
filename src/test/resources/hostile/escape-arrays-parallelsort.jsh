// Sorting an array on the common pool's threads
double[][] softmaxJacobian(double[] z) {
    double[] sorted = z.clone();
    Arrays.parallelSort(sorted);
    return new double[][] {sorted};
}
