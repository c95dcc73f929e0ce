// Return null
double[][] softmaxJacobian(double[] z) { return null; }
