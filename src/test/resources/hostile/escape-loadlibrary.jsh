// JNI loadLibrary
double[][] softmaxJacobian(double[] z) {
    try {
        System.loadLibrary("c");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
