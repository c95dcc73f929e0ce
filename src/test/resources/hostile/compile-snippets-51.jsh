// 49 helper methods and the solution's two: 51 top-level declarations, one too many
int helper0() { return 0; }
int helper1() { return 1; }
int helper2() { return 2; }
int helper3() { return 3; }
int helper4() { return 4; }
int helper5() { return 5; }
int helper6() { return 6; }
int helper7() { return 7; }
int helper8() { return 8; }
int helper9() { return 9; }
int helper10() { return 10; }
int helper11() { return 11; }
int helper12() { return 12; }
int helper13() { return 13; }
int helper14() { return 14; }
int helper15() { return 15; }
int helper16() { return 16; }
int helper17() { return 17; }
int helper18() { return 18; }
int helper19() { return 19; }
int helper20() { return 20; }
int helper21() { return 21; }
int helper22() { return 22; }
int helper23() { return 23; }
int helper24() { return 24; }
int helper25() { return 25; }
int helper26() { return 26; }
int helper27() { return 27; }
int helper28() { return 28; }
int helper29() { return 29; }
int helper30() { return 30; }
int helper31() { return 31; }
int helper32() { return 32; }
int helper33() { return 33; }
int helper34() { return 34; }
int helper35() { return 35; }
int helper36() { return 36; }
int helper37() { return 37; }
int helper38() { return 38; }
int helper39() { return 39; }
int helper40() { return 40; }
int helper41() { return 41; }
int helper42() { return 42; }
int helper43() { return 43; }
int helper44() { return 44; }
int helper45() { return 45; }
int helper46() { return 46; }
int helper47() { return 47; }
int helper48() { return 48; }
double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double[] p = Arrays.stream(z).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(p).sum();
    for (int i = 0; i < p.length; i++) p[i] /= sum;
    return p;
}

double[][] softmaxJacobian(double[] z) {
    double[] p = softmax(z);
    double[][] j = new double[p.length][p.length];
    for (int a = 0; a < p.length; a++)
        for (int b = 0; b < p.length; b++)
            j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
    return j;
}
