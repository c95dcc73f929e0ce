// Build a string until memory runs out
double[][] softmaxJacobian(double[] z) {
    String s = "x";
    while (true) s = s + s;
}
