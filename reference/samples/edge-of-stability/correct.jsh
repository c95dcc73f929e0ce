// lambda_max(X^T X / m) = sigma_max(X)^2 / m, with sigma_max from EJML's SVD.
import org.ejml.simple.SimpleMatrix;

double maxStableLearningRate(double[][] X) {
    double sigma = 0;
    for (double s : new SimpleMatrix(X).svd(true).getSingularValues()) sigma = Math.max(sigma, s);
    return 2.0 * X.length / (sigma * sigma);
}
