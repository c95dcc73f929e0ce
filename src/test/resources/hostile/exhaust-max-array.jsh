// An array beyond what the VM allows at all
double[][] softmaxJacobian(double[] z) {
    long[] big = new long[Integer.MAX_VALUE];
    return null;
}
