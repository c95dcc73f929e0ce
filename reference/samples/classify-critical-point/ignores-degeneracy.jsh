// Uses the strict signs of the computed eigenvalues and never answers "degenerate".
import org.ejml.simple.SimpleMatrix;

String classify(double[][] H) {
    var eig = new SimpleMatrix(H).eig();
    int n = eig.getNumberOfEigenvalues(), positive = 0, negative = 0;
    for (int i = 0; i < n; i++) {
        if (eig.getEigenvalue(i).getReal() > 0) positive++;
        else negative++;
    }
    if (positive == n) return "minimum";
    if (negative == n) return "maximum";
    return "saddle";
}
