// A variable named com shadows the package the generated test snippet names
Object com = null;
double[][] softmaxJacobian(double[] z) { return null; }
