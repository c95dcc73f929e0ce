// A refused type named only as a parameter's type
void hand(java.util.concurrent.Executor pool) {
}
double[][] softmaxJacobian(double[] z) {
    return null;
}
