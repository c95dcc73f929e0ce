// A lambda implements a refused interface; no method of it is ever named
double[][] softmaxJacobian(double[] z) {
    java.util.concurrent.Callable<double[][]> task = () -> null;
    return null;
}
