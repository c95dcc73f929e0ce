// An endless loop inside the method
double[][] softmaxJacobian(double[] z) {
    long n = 0;
    while (true) n++;
}
