// Thread creation
double[][] softmaxJacobian(double[] z) {
    try {
        new Thread(() -> {}).start();
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
