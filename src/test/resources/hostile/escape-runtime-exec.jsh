// Runtime.exec
double[][] softmaxJacobian(double[] z) {
    try {
        Runtime.getRuntime().exec(new String[] {"touch", "/tmp/tangentlab-escape-exec"}).waitFor();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
