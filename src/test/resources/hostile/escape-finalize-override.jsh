// A finalizer runs on the JVM's own thread, after the test that made the object
class Lingering {
    @Override
    protected void finalize() {
        System.out.println("LEAK");
    }
}
double[][] softmaxJacobian(double[] z) {
    new Lingering();
    return null;
}
