// A collection's stream on the common pool's threads
double[][] softmaxJacobian(double[] z) {
    List<Double> values = new ArrayList<>();
    for (double v : z) values.add(v);
    long n = values.parallelStream().count();
    return new double[][] {{n}};
}
