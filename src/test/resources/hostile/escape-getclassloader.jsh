// Class.getClassLoader
double[][] softmaxJacobian(double[] z) {
    try {
        Object cl = z.getClass().getClassLoader();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
