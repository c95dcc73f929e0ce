// A refused type named only as an annotation
class Bean {
    @java.beans.Transient
    double value() { return 0; }
}
double[][] softmaxJacobian(double[] z) {
    return null;
}
