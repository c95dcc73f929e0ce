// A zero m x n matrix, with m from one evaluation of f: no differences taken at all.
double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    return new double[f.apply(x).length][x.length];
}
