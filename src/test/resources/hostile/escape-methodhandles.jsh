// MethodHandles.lookup
double[][] softmaxJacobian(double[] z) {
    try {
        Object l = java.lang.invoke.MethodHandles.lookup();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
