// One-sided (forward) differences: O(h) accurate, and n + 1 evaluations.
double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    double[] fx = f.apply(x);
    double[][] j = new double[fx.length][x.length];
    for (int col = 0; col < x.length; col++) {
        double[] up = x.clone();
        up[col] += h;
        double[] fUp = f.apply(up);
        for (int row = 0; row < fx.length; row++) j[row][col] = (fUp[row] - fx[row]) / h;
    }
    return j;
}
