// System.exit inside a lambda
double[][] softmaxJacobian(double[] z) {
    Runnable r = () -> System.exit(42);
    r.run();
    return null;
}
