// ProcessBuilder
double[][] softmaxJacobian(double[] z) {
    try {
        new ProcessBuilder("touch", "/tmp/tangentlab-escape-pb").start().waitFor();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
