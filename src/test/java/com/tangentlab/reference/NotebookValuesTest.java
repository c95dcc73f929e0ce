package com.tangentlab.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Reference;
import java.util.function.UnaryOperator;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/** The worked values of the theory notebook, reproduced with the reference implementations. */
class NotebookValuesTest {
    /** Closed-form results on inputs of order 1 are exact to a few ulps. */
    private static final double ROUNDING = 1e-12;
    /** Singular values below this fraction of the largest count as zero when taking a rank. */
    private static final double RANK_CUTOFF = 1e-10;
    /** Centred differences with this step are accurate to about STEP² times the third derivative. */
    private static final double STEP = 1e-5;
    private static final double FINITE_DIFFERENCE = 1e-8;
    /**
     * A centred second difference with step 1e-3 is within about 1e-7 of the Hessian (truncation
     * h²·|f''''|/12 plus rounding ε·|f|/h²); 1e-6 leaves a margin and is far below an O(h) error.
     */
    private static final double SECOND_DIFFERENCE = 1e-6;
    private static final double SECOND_DIFFERENCE_STEP = 1e-3;

    @Test
    void theJacobianOfTheExampleMapAtOneTwoHalfIsTwoHalfTwoOverEZeroMinusOne() {
        double[][] j = matrix(new JacobianAnalytic(), "jacobian", Args.of(new double[] {1, 2, 0.5}));

        assertArrayEquals(new double[] {2, 0.5, 2}, j[0], ROUNDING);
        assertArrayEquals(new double[] {Math.E, 0, -1}, j[1], ROUNDING);
    }

    @Test
    void theUnitNormalisationJacobianAtThreeFourZeroIsTheProjectionOverFiveAndAnnihilatesX() {
        double[] x = {3, 4, 0};
        double[] xHat = {0.6, 0.8, 0};

        double[][] j = matrix(new UnitNormJacobian(), "unitNormJacobian", Args.of(x));

        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) assertEquals(((a == b ? 1 : 0) - xHat[a] * xHat[b]) / 5, j[a][b], ROUNDING);
        }
        assertArrayEquals(new double[3], times(j, x), ROUNDING);
    }

    @Test
    void theSoftmaxJacobianAtOneTwoZeroMinusOneIsSymmetricPsdWithRowsSummingToZeroAndRankThree() {
        double[][] j = matrix(new SoftmaxJacobian(), "softmaxJacobian", Args.of(new double[] {1, 2, 0, -1}));

        assertEquals(0, asymmetry(j), ROUNDING);
        assertArrayEquals(new double[4], times(j, new double[] {1, 1, 1, 1}), ROUNDING);
        assertTrue(smallestEigenvalue(j) >= -ROUNDING, "J should be positive semi-definite");
        assertEquals(3, rank(j));
    }

    @Test
    void theLayerNormJacobianAtOneToFourAnnihilatesOnesAndXHatAndHasRankTwo() {
        double[] x = {1, 2, 3, 4};
        double sigma = Math.sqrt(1.25);
        double[] xHat = {-1.5 / sigma, -0.5 / sigma, 0.5 / sigma, 1.5 / sigma};

        double[][] j = matrix(new LayerNormJacobian(), "layerNormJacobian", Args.of(x));

        assertArrayEquals(new double[4], times(j, new double[] {1, 1, 1, 1}), ROUNDING);
        assertArrayEquals(new double[4], times(j, xHat), ROUNDING);
        assertEquals(0, asymmetry(j), ROUNDING);
        assertEquals(2, rank(j));
    }

    @Test
    void oneNewtonStepFromOneOneReachesTheMinimumOfHalfXSquaredPlusTwentyFiveYSquared() {
        double[][] hessian = {{1, 0}, {0, 25}};
        double[] start = {1, 1};
        double[] gradient = {start[0], 25 * start[1]};

        Value next = new NewtonStep().solve("newtonStep", Args.of(hessian, gradient, start));

        assertArrayEquals(new double[] {0, 0}, ((Value.Vec) next).values(), ROUNDING);
    }

    @Test
    void theNotebookCouplingLayerHasLogDeterminantThreeQuartersAndItsInverseRecoversX() {
        Value.Fn s = Fixtures.affine(Fixtures.AFFINE, new double[][] {{0.5, -0.2}, {0.3, 0.1}}, new double[2]);
        Value.Fn t = Fixtures.affine(Fixtures.AFFINE, new double[][] {{0.1, 0}, {0, -0.2}}, new double[2]);
        double[] x = {1, 0.5, -0.3, 2};
        CouplingLayer layer = new CouplingLayer();

        double logDet = ((Value.Num) layer.solve("couplingLogDet", Args.of(x, s))).value();
        double[] y = CouplingLayer.forward(x, apply(s), apply(t));
        double[] recovered = ((Value.Vec) layer.solve("couplingInverse", Args.of(y, s, t))).values();

        assertEquals(0.75, logDet, ROUNDING);
        assertEquals(Math.log(Math.abs(determinant(numericJacobian(x, s, t)))), logDet, FINITE_DIFFERENCE);
        assertArrayEquals(x, recovered, ROUNDING);
    }

    @Test
    void centredDifferencesGiveTheNotebookJacobianAtOneTwoHalf() {
        java.util.function.Function<double[], double[]> f =
                x -> new double[] {x[0] * x[0] + x[1] * x[2], Math.exp(x[0]) - x[2] * x[2]};

        double[][] j = JacobianFD.centred(f, new double[] {1, 2, 0.5}, STEP);

        assertArrayEquals(new double[] {2, 0.5, 2}, j[0], FINITE_DIFFERENCE);
        assertArrayEquals(new double[] {Math.E, 0, -1}, j[1], FINITE_DIFFERENCE);
    }

    @Test
    void centredDifferencesGiveTheNotebookHessiansOfAQuadraticAndOfLogSumExp() {
        double[][] a = {{3, 1, 0}, {1, 4, 2}, {0, 2, 5}};
        Value.Fn quadratic = new Value.Fn(Fixtures.QUADRATIC, new int[] {3},
                new double[] {3, 1, 0, 1, 4, 2, 0, 2, 5, 0, 0, 0});
        Value.Fn logSumExp = Fixtures.affine(Fixtures.LOG_SUM_EXP, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
                new double[3]);
        double[] z = {1, 2, 0.5};
        double[] p = softmax(z);

        double[][] quadraticHessian = HessianFD.centred(x -> Fixtures.applyScalar(quadratic, x),
                new double[] {1, -1, 2}, SECOND_DIFFERENCE_STEP);
        double[][] lseHessian = HessianFD.centred(x -> Fixtures.applyScalar(logSumExp, x), z, SECOND_DIFFERENCE_STEP);

        for (int i = 0; i < 3; i++) {
            assertArrayEquals(a[i], quadraticHessian[i], SECOND_DIFFERENCE);
            for (int k = 0; k < 3; k++) {
                assertEquals((i == k ? p[i] : 0) - p[i] * p[k], lseHessian[i][k], SECOND_DIFFERENCE);
            }
        }
    }

    @Test
    void powerIterationOnDiagonalOneThreeFiveEightTenFindsTen() {
        double[] diagonal = {1, 3, 5, 8, 10};
        UnaryOperator<double[]> hvp = v -> {
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) out[i] = diagonal[i] * v[i];
            return out;
        };

        assertEquals(10, PowerIteration.estimate(hvp, 5, 100, 1), ROUNDING);
    }

    private static double[] softmax(double[] z) {
        double sum = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i]);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    private static double[][] numericJacobian(double[] x, Value.Fn s, Value.Fn t) {
        double[][] j = new double[x.length][x.length];
        for (int col = 0; col < x.length; col++) {
            double[] up = x.clone(), down = x.clone();
            up[col] += STEP;
            down[col] -= STEP;
            double[] fUp = CouplingLayer.forward(up, apply(s), apply(t));
            double[] fDown = CouplingLayer.forward(down, apply(s), apply(t));
            for (int row = 0; row < x.length; row++) j[row][col] = (fUp[row] - fDown[row]) / (2 * STEP);
        }
        return j;
    }

    private static UnaryOperator<double[]> apply(Value.Fn fn) {
        return v -> Fixtures.apply(fn, v);
    }

    private static double[][] matrix(Reference reference, String function, Args args) {
        return ((Value.Mat) reference.solve(function, args)).rows();
    }

    private static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) for (int k = 0; k < v.length; k++) out[i] += a[i][k] * v[k];
        return out;
    }

    private static double asymmetry(double[][] a) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) for (int k = 0; k < a.length; k++) largest = Math.max(largest, Math.abs(a[i][k] - a[k][i]));
        return largest;
    }

    private static double smallestEigenvalue(double[][] symmetric) {
        var eig = new SimpleMatrix(symmetric).eig();
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) smallest = Math.min(smallest, eig.getEigenvalue(i).getReal());
        return smallest;
    }

    private static int rank(double[][] a) {
        double[] singular = new SimpleMatrix(a).svd(true).getSingularValues();
        double largest = java.util.Arrays.stream(singular).max().orElse(0);
        return (int) java.util.Arrays.stream(singular).filter(v -> v > RANK_CUTOFF * largest).count();
    }

    private static double determinant(double[][] a) {
        return new SimpleMatrix(a).determinant();
    }
}
