double[][] jacobianFD(Function<double[], double[]> f, double[] x, double h) {
    double[][] j = null;
    for (int col = 0; col < x.length; col++) {
        double[] up = x.clone(), down = x.clone();
        up[col] += h;
        down[col] -= h;
        double[] fUp = f.apply(up), fDown = f.apply(down);
        if (j == null) j = new double[fUp.length][x.length];
        for (int row = 0; row < fUp.length; row++) j[row][col] = (fUp[row] - fDown[row]) / (2 * h);
    }
    return j;
}
