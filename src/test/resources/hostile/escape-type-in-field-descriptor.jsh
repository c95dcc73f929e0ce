// A refused type named only as a field's type
class Holder {
    java.util.concurrent.Executor pool;
}
double[][] softmaxJacobian(double[] z) {
    return null;
}
