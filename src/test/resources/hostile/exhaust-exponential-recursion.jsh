// Exponential work: naive Fibonacci of 70 never finishes
long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
double[][] softmaxJacobian(double[] z) {
    return new double[][] {{fib(70)}};
}
