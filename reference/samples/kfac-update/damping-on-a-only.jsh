// Damps the input factor A but inverts G as it is.
import org.ejml.simple.SimpleMatrix;

double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    SimpleMatrix aInv = new SimpleMatrix(A).plus(SimpleMatrix.identity(A.length).scale(damping)).invert();
    SimpleMatrix delta = new SimpleMatrix(G).invert().mult(new SimpleMatrix(gradW)).mult(aInv);
    double[][] out = new double[delta.getNumRows()][delta.getNumCols()];
    for (int i = 0; i < out.length; i++)
        for (int j = 0; j < out[0].length; j++) out[i][j] = delta.get(i, j);
    return out;
}
