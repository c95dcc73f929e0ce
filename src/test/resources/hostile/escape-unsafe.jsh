// sun.misc.Unsafe
double[][] softmaxJacobian(double[] z) {
    try {
        Object u = sun.misc.Unsafe.class;
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
