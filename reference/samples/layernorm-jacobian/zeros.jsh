// A zero matrix of the right size: symmetric, with 1 and x-hat in its null space, yet no answer at all.
double[][] layerNormJacobian(double[] x) {
    return new double[x.length][x.length];
}
