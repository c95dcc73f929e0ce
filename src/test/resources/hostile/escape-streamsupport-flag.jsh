// A stream made by its factory with the flag that puts it on the common pool
double[][] softmaxJacobian(double[] z) {
    List<Double> values = new ArrayList<>();
    long n = java.util.stream.StreamSupport.stream(values.spliterator(), true).count();
    return new double[][] {{n}};
}
