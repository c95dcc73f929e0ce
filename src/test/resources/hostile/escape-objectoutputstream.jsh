// serialization
double[][] softmaxJacobian(double[] z) {
    try {
        new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream()).writeObject(z);
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
