// Multiplies J_g J_f instead of J_f J_g.
double sigmoid(double t) {
    return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

double[] affine(double[][] a, double[] v, double[] b) {
    double[] out = b.clone();
    for (int i = 0; i < a.length; i++)
        for (int j = 0; j < v.length; j++) out[i] += a[i][j] * v[j];
    return out;
}

double[][] multiply(double[][] a, double[][] b) {
    double[][] out = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++)
        for (int j = 0; j < b[0].length; j++)
            for (int l = 0; l < a[0].length; l++) out[i][j] += a[i][l] * b[l][j];
    return out;
}

double[][] composedJacobian(double[][] Ag, double[] bg, double[][] Af, double[] bf, double[] x) {
    double[] z = affine(Af, affine(Ag, x, bg), bf);
    double[][] jf = new double[Af.length][];
    for (int i = 0; i < Af.length; i++) {
        double s = sigmoid(z[i]);
        jf[i] = Af[i].clone();
        for (int h = 0; h < jf[i].length; h++) jf[i][h] *= s * (1 - s);
    }
    return multiply(Ag, jf);
}
