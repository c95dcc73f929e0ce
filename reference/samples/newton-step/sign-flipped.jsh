// Solves correctly, then adds the step instead of subtracting it.
import org.ejml.simple.SimpleMatrix;

double[] newtonStep(double[][] H, double[] g, double[] x) {
    SimpleMatrix p = new SimpleMatrix(H).solve(new SimpleMatrix(g.length, 1, true, g));
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) next[i] = x[i] + p.get(i, 0);
    return next;
}
