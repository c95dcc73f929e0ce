// shutdown hook
double[][] softmaxJacobian(double[] z) {
    try {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook")));
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
