// EJML's multi-threaded operations start threads of their own
import org.ejml.data.DMatrixRMaj;
double[][] softmaxJacobian(double[] z) {
    DMatrixRMaj a = new DMatrixRMaj(z.length, z.length);
    org.ejml.dense.row.CommonOps_MT_DDRM.mult(a, a, new DMatrixRMaj(z.length, z.length));
    return null;
}
