// A result so large that keeping one per test exceeds the agent heap
double[][] softmaxJacobian(double[] z) { return new double[1500][1500]; }
