// Right values, but f is evaluated twice for every entry: 2mn evaluations instead of 2n.
double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    int m = f.apply(x).length;
    double[][] j = new double[m][x.length];
    for (int row = 0; row < m; row++) {
        for (int col = 0; col < x.length; col++) {
            double[] up = x.clone(), down = x.clone();
            up[col] += h;
            down[col] -= h;
            j[row][col] = (f.apply(up)[row] - f.apply(down)[row]) / (2 * h);
        }
    }
    return j;
}
