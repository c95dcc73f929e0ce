// Unbounded recursion: a StackOverflowError on every test
int down(int n) { return down(n + 1) + 1; }
double[][] softmaxJacobian(double[] z) {
    down(0);
    return null;
}
