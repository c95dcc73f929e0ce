// Return u^T J for y = W2 relu(W1 x), one entry per input, without forming J.
double[] vjp(double[][] W1, double[][] W2, double[] x, double[] u) {
    int n = x.length;
    double[] result = new double[n];
    // your code here
    return result;
}
