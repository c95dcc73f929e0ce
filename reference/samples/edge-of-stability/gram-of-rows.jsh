// Averages over the features: X^T X / n instead of / m.
import org.ejml.simple.SimpleMatrix;

double maxStableLearningRate(double[][] X) {
    double sigma = 0;
    for (double s : new SimpleMatrix(X).svd(true).getSingularValues()) sigma = Math.max(sigma, s);
    return 2.0 * X[0].length / (sigma * sigma);
}
