// Operations of the student's own, which EJML's matrices would find and invoke by reflection
abstract class Ops implements org.ejml.simple.SimpleOperations<org.ejml.data.DMatrixRMaj> { }
double[][] softmaxJacobian(double[] z) {
    return null;
}
