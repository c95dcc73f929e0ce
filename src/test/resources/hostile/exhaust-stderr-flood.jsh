// Print to stderr without end
double[][] softmaxJacobian(double[] z) {
    while (true) System.err.print("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
}
