// Return 2 / lambda_max(X^T X / m) for the m x n data matrix X (one sample per row).
double maxStableLearningRate(double[][] X) {
    int m = X.length, n = X[0].length;
    // your code here
    return 0.0;
}
