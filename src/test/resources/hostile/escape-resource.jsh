// Class.getResourceAsStream
double[][] softmaxJacobian(double[] z) {
    try {
        System.out.println(String.class.getResourceAsStream("/etc/passwd"));
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
