// The common pool, asked for by name
double[][] softmaxJacobian(double[] z) {
    java.util.concurrent.ForkJoinPool.commonPool().execute(() -> { });
    return null;
}
