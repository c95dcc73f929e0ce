// Control: an enum with a switch and values()
enum Part { DIAGONAL, OUTER;
    double of(double[] p, int a, int b) { return this == DIAGONAL ? (a == b ? p[a] : 0) : -p[a] * p[b]; } }
double[][] softmaxJacobian(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    double[][] j = new double[z.length][z.length];
    for (int a = 0; a < z.length; a++)
        for (int b = 0; b < z.length; b++)
            for (Part part : Part.values()) {
                switch (part) {
                    case DIAGONAL: case OUTER: j[a][b] += part.of(p, a, b); break;
                }
            }
    if (Part.valueOf("OUTER").ordinal() != 1) return null;
    return j;
}
