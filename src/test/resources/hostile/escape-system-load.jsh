// JNI System.load
double[][] softmaxJacobian(double[] z) {
    try {
        System.load("/lib/x86_64-linux-gnu/libc.so.6");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
