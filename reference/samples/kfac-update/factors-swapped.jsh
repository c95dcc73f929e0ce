// Puts the input factor on the left and the output factor on the right: A^{-1} gradW G^{-1}, both damped.
import org.ejml.simple.SimpleMatrix;

double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    SimpleMatrix aInv = new SimpleMatrix(A).plus(SimpleMatrix.identity(A.length).scale(damping)).invert();
    SimpleMatrix gInv = new SimpleMatrix(G).plus(SimpleMatrix.identity(G.length).scale(damping)).invert();
    SimpleMatrix delta = aInv.mult(new SimpleMatrix(gradW)).mult(gInv);
    double[][] out = new double[delta.getNumRows()][delta.getNumCols()];
    for (int i = 0; i < out.length; i++)
        for (int j = 0; j < out[0].length; j++) out[i][j] = delta.get(i, j);
    return out;
}
