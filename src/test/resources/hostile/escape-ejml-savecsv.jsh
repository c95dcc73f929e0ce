// SimpleMatrix.saveToFileCSV
double[][] softmaxJacobian(double[] z) {
    try {
        new org.ejml.simple.SimpleMatrix(2, 2).saveToFileCSV("/tmp/tangentlab-escape-savecsv");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
