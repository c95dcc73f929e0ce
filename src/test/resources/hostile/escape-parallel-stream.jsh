// A stream moved onto the common pool's threads
double[][] softmaxJacobian(double[] z) {
    double sum = Arrays.stream(z).parallel().map(Math::exp).sum();
    return new double[][] {{sum}};
}
