// Inverts the raw factors: damping is ignored.
import org.ejml.simple.SimpleMatrix;

double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    SimpleMatrix delta = new SimpleMatrix(G).invert().mult(new SimpleMatrix(gradW)).mult(new SimpleMatrix(A).invert());
    double[][] out = new double[delta.getNumRows()][delta.getNumCols()];
    for (int i = 0; i < out.length; i++)
        for (int j = 0; j < out[0].length; j++) out[i][j] = delta.get(i, j);
    return out;
}
