// Declares the wrong parameter type.
double[][] softmaxJacobian(float[] z) {
    return new double[z.length][z.length];
}
