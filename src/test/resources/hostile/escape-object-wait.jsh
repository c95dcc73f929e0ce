// Object.wait
double[][] softmaxJacobian(double[] z) {
    try {
        synchronized (z) { z.wait(10); }
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
