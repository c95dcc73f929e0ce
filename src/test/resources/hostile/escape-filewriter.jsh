// FileWriter into the working directory
double[][] softmaxJacobian(double[] z) {
    try {
        new java.io.FileWriter("tangentlab-escape-filewriter").write("x");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
