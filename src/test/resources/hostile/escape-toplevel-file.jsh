// A file write as a top-level variable initializer, run while the code is defined
var escaped = new java.io.File("/tmp/tangentlab-escape-toplevel").mkdir();
double[][] softmaxJacobian(double[] z) { return null; }
