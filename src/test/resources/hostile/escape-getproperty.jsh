// System.getProperty
double[][] softmaxJacobian(double[] z) {
    try {
        System.out.println(System.getProperty("user.home"));
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
