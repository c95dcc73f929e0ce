// Forms both damped inverses explicitly: less accurate than solving, but within the tolerance.
import org.ejml.simple.SimpleMatrix;

double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    SimpleMatrix aInv = new SimpleMatrix(A).plus(SimpleMatrix.identity(A.length).scale(damping)).invert();
    SimpleMatrix gInv = new SimpleMatrix(G).plus(SimpleMatrix.identity(G.length).scale(damping)).invert();
    SimpleMatrix delta = gInv.mult(new SimpleMatrix(gradW)).mult(aInv);
    double[][] out = new double[delta.getNumRows()][delta.getNumCols()];
    for (int i = 0; i < out.length; i++)
        for (int j = 0; j < out[0].length; j++) out[i][j] = delta.get(i, j);
    return out;
}
