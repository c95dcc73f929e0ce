// Counts an eigenvalue as zero when |lambda| < 1e-9, whatever the scale of H.
import org.ejml.simple.SimpleMatrix;

String classify(double[][] H) {
    var eig = new SimpleMatrix(H).eig();
    int n = eig.getNumberOfEigenvalues(), positive = 0, negative = 0;
    for (int i = 0; i < n; i++) {
        double l = eig.getEigenvalue(i).getReal();
        if (l > 1e-9) positive++;
        else if (l < -1e-9) negative++;
    }
    if (positive > 0 && negative > 0) return "saddle";
    if (positive + negative < n) return "degenerate";
    return positive > 0 ? "minimum" : "maximum";
}
