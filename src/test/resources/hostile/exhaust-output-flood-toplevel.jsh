// Print without end while the code is defined
for (int i = 0; i >= 0; i++) System.out.print("...........................................................");
double[][] softmaxJacobian(double[] z) { return null; }
