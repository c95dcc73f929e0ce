// URL fetch
double[][] softmaxJacobian(double[] z) {
    try {
        new java.net.URL("http://example.com/").openStream().read();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
