// The two-dimensional test: the sign of det H, then the sign of the trace.
import org.ejml.simple.SimpleMatrix;

String classify(double[][] H) {
    SimpleMatrix h = new SimpleMatrix(H);
    int n = H.length;
    double det = h.determinant(), trace = h.trace();
    if (Math.abs(det) <= 1e-9 * Math.pow(h.normF(), n)) return "degenerate";
    if (det < 0) return "saddle";
    return trace > 0 ? "minimum" : "maximum";
}
