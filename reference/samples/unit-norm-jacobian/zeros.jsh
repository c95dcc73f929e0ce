// A zero matrix of the right size: symmetric, with x in its null space, yet no answer at all.
double[][] unitNormJacobian(double[] x) {
    return new double[x.length][x.length];
}
