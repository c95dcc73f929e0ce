// A zero matrix of the right size: symmetric, yet no answer at all.
double[][] hessianFD(ToDoubleFunction<double[]> f, double[] x, double h) {
    return new double[x.length][x.length];
}
