// EJML concurrency starts threads
double[][] softmaxJacobian(double[] z) {
    try {
        org.ejml.concurrency.EjmlConcurrency.setMaxThreads(8);
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
