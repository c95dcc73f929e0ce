// java.io.File: create a file outside the sandbox
double[][] softmaxJacobian(double[] z) {
    try {
        new java.io.File("/tmp/tangentlab-escape-file").createNewFile();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
