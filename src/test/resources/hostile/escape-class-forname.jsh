// Class.forName
double[][] softmaxJacobian(double[] z) {
    try {
        Class.forName("java.lang.Runtime");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
