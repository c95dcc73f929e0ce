// Takes the largest eigenvalue of X X^T and forgets that the loss is a mean over m samples.
import org.ejml.simple.SimpleMatrix;

double maxStableLearningRate(double[][] X) {
    SimpleMatrix x = new SimpleMatrix(X);
    var eig = x.mult(x.transpose()).eig();
    double lambda = 0;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) lambda = Math.max(lambda, eig.getEigenvalue(i).getReal());
    return 2.0 / lambda;
}
