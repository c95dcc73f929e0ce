// Keep every array ever made
List<double[]> hoard = new ArrayList<>();
double[][] softmaxJacobian(double[] z) {
    while (true) hoard.add(new double[1 << 16]);
}
