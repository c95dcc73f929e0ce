// setAccessible
double[][] softmaxJacobian(double[] z) {
    try {
        java.lang.reflect.Field f = String.class.getDeclaredField("value"); f.setAccessible(true);
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
