// A refused type named only as the type a handler catches
double[][] softmaxJacobian(double[] z) {
    double first = 0;
    try {
        first = z[0];
    } catch (java.util.concurrent.CompletionException e) {
        first = -1;
    }
    return new double[][] {{first}};
}
