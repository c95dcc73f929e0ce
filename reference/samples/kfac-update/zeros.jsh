// A zero update of the shape of gradW: no step at all.
double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    return new double[gradW.length][gradW[0].length];
}
