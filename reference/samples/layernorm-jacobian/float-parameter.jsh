// Declares the input as float[] instead of double[].
double[][] layerNormJacobian(float[] x) {
    return new double[x.length][x.length];
}
