// An endless loop in a top-level statement, while the code is being defined
long spin = 0;
while (spin >= 0) spin = (spin + 1) % 1000;
double[][] softmaxJacobian(double[] z) { return null; }
