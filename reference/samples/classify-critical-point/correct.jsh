// Signs of the eigenvalues, with zero measured relative to the largest |eigenvalue|.
import org.ejml.simple.SimpleMatrix;

String classify(double[][] H) {
    var eig = new SimpleMatrix(H).eig();
    int n = eig.getNumberOfEigenvalues();
    double[] lambda = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
        lambda[i] = eig.getEigenvalue(i).getReal();
        largest = Math.max(largest, Math.abs(lambda[i]));
    }
    int positive = 0, negative = 0;
    for (double l : lambda) {
        if (l > 1e-9 * largest) positive++;
        else if (l < -1e-9 * largest) negative++;
    }
    if (positive > 0 && negative > 0) return "saddle";
    if (positive + negative < n) return "degenerate";
    return positive > 0 ? "minimum" : "maximum";
}
