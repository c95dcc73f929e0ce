// Divides by sigma_max(X) instead of its square.
import org.ejml.simple.SimpleMatrix;

double maxStableLearningRate(double[][] X) {
    double sigma = 0;
    for (double s : new SimpleMatrix(X).svd(true).getSingularValues()) sigma = Math.max(sigma, s);
    return 2.0 / (sigma / X.length);
}
