// Two solves with the damped factors; no inverse is formed.
import org.ejml.simple.SimpleMatrix;

double[][] kfacUpdate(double[][] A, double[][] G, double[][] gradW, double damping) {
    SimpleMatrix a = new SimpleMatrix(A).plus(SimpleMatrix.identity(A.length).scale(damping));
    SimpleMatrix g = new SimpleMatrix(G).plus(SimpleMatrix.identity(G.length).scale(damping));
    SimpleMatrix y = g.solve(new SimpleMatrix(gradW));
    SimpleMatrix delta = a.solve(y.transpose()).transpose();
    double[][] out = new double[delta.getNumRows()][delta.getNumCols()];
    for (int i = 0; i < out.length; i++)
        for (int j = 0; j < out[0].length; j++) out[i][j] = delta.get(i, j);
    return out;
}
