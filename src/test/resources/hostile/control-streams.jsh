// Control: streams
double[][] softmaxJacobian(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] e = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = DoubleStream.of(e).sum();
    double[] p = Arrays.stream(e).map(v -> v / sum).toArray();
    return IntStream.range(0, p.length)
            .mapToObj(a -> IntStream.range(0, p.length).mapToDouble(b -> (a == b ? p[a] : 0) - p[a] * p[b]).toArray())
            .collect(Collectors.toList())
            .toArray(new double[0][]);
}
