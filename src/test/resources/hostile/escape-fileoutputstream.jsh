// FileOutputStream write
double[][] softmaxJacobian(double[] z) {
    try {
        new java.io.FileOutputStream("/tmp/tangentlab-escape-fos").write(65);
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
