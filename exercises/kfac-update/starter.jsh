// Return (G + damping I)^{-1} gradW (A + damping I)^{-1}, with the shape of gradW (nOut x nIn).
double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    int nOut = gradW.length, nIn = gradW[0].length;
    double[][] update = new double[nOut][nIn];
    // your code here
    return update;
}
