// Row j holds the derivatives with respect to x_j: an n x m matrix.
double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    double[][] j = new double[x.length][];
    for (int col = 0; col < x.length; col++) {
        double[] up = x.clone(), down = x.clone();
        up[col] += h;
        down[col] -= h;
        double[] fUp = f.apply(up), fDown = f.apply(down);
        j[col] = new double[fUp.length];
        for (int row = 0; row < fUp.length; row++) j[col][row] = (fUp[row] - fDown[row]) / (2 * h);
    }
    return j;
}
