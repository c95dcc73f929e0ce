// Control: EJML's SimpleMatrix for diag(p) - p p^T
import org.ejml.simple.SimpleMatrix;
double[][] softmaxJacobian(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] e = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(e).sum();
    SimpleMatrix p = new SimpleMatrix(z.length, 1);
    for (int i = 0; i < z.length; i++) p.set(i, 0, e[i] / sum);
    SimpleMatrix diag = SimpleMatrix.diag(Arrays.stream(e).map(v -> v / sum).toArray());
    SimpleMatrix j = diag.minus(p.mult(p.transpose()));
    double[][] out = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++) for (int b = 0; b < z.length; b++) out[a][b] = j.get(a, b);
    return out;
}
