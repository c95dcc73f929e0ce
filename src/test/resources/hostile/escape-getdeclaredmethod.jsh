// reflection through Class.getDeclaredMethod
double[][] softmaxJacobian(double[] z) {
    try {
        Object m = String.class.getDeclaredMethod("length");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
