// Uses 1 / lambda_max, the rate that is optimal for the sharpest direction, not the stability edge.
import org.ejml.simple.SimpleMatrix;

double maxStableLearningRate(double[][] X) {
    double sigma = 0;
    for (double s : new SimpleMatrix(X).svd(true).getSingularValues()) sigma = Math.max(sigma, s);
    return 1.0 / (sigma * sigma / X.length);
}
