// Integer.getInteger reads system properties
double[][] softmaxJacobian(double[] z) {
    try {
        System.out.println(Integer.getInteger("java.version"));
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
