package com.tangentlab.figure.jacobian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Gaussians;
import com.tangentlab.figure.calc.Matrices;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The worked values of sections 1–5 and the properties their figures check. */
class JacobianFiguresTest {
    /** Closed forms evaluated in double precision: a few ulps. */
    private static final double EXACT = 1e-12;
    /** The notebook prints these values to four or six decimals. */
    private static final double PRINTED = 5e-7;

    @Test
    void theExampleMapsJacobianAtOneTwoOneHalfIsTheWorkedMatrix() {
        double[][] expected = {{2, 0.5, 2}, {Math.E, 0, -1}};
        double[][] exact = ExampleMap.jacobian(ExampleMap.POINT);
        double[][] numeric = FiniteDifferences.jacobian(ExampleMap::value, ExampleMap.POINT, JacobianFdCheck.STEP);
        assertEquals(0, Matrices.maxAbsDifference(exact, expected), EXACT);
        assertEquals(0, Matrices.maxAbsDifference(numeric, expected), JacobianFdCheck.TOLERANCE);
    }

    @ParameterizedTest(name = "n = {0}, m = {1}")
    @CsvSource({"1, 1", "3, 2", "40, 1", "1, 40", "17, 23"})
    void columnsFromJvpsAndRowsFromVjpsBuildTheSameJacobian(int n, int m) {
        JvpVjpCost.Layer f = JvpVjpCost.Layer.drawn(n, m);
        double[] x = Gaussians.vector(new SplittableRandom(n * 100L + m), n);
        double[][] byColumns = new double[m][n];
        double[][] byRows = new double[m][];
        for (int j = 0; j < n; j++) {
            double[] column = f.jvp(x, unit(n, j));
            for (int i = 0; i < m; i++) byColumns[i][j] = column[i];
        }
        for (int i = 0; i < m; i++) byRows[i] = f.vjp(x, unit(m, i));
        assertEquals(0, Matrices.maxAbsDifference(byColumns, byRows), JvpVjpCost.ROUNDING);
        assertEquals(0, Matrices.maxAbsDifference(byColumns, FiniteDifferences.jacobian(f::value, x,
                JacobianFdCheck.STEP)), JvpVjpCost.FD_TOLERANCE);
    }

    @Test
    void softmaxAtOneTwoZeroMinusOneHasTheNotebooksProbabilitiesAndJacobian() {
        double[] p = SoftmaxJacobianFigure.softmax(SoftmaxJacobianFigure.Z);
        assertArrayEquals(new double[] {0.236883, 0.643914, 0.087144, 0.032059}, p, PRINTED);
        double[][] j = SoftmaxJacobianFigure.jacobian(p);
        for (int i = 0; i < p.length; i++) assertEquals(p[i] * (1 - p[i]), j[i][i], EXACT);
        assertEquals(-p[0] * p[1], j[0][1], EXACT);
        assertEquals(3, Matrices.rank(j, SoftmaxJacobianFigure.RANK_TOLERANCE));
        assertTrue(Matrices.symmetricEigen(j).values()[0] >= -SoftmaxJacobianFigure.ROUNDING);
    }

    @Test
    void layerNormAtOneToFourHasRankTwoAndForgetsShiftAndScale() {
        double[][] j = LayerNormJacobianFigure.jacobian(LayerNormJacobianFigure.X);
        double sigma = Math.sqrt(1.25);
        assertEquals((0.75 - 1.8 / 4) / sigma, j[0][0], EXACT);
        assertEquals(2, Matrices.rank(j, LayerNormJacobianFigure.RANK_TOLERANCE));
        assertEquals(0, Matrices.maxAbs(Matrices.times(j, new double[] {1, 1, 1, 1})), EXACT);
        assertEquals(0, Matrices.maxAbs(Matrices.times(j, LayerNormJacobianFigure.normalise(LayerNormJacobianFigure.X))),
                EXACT);
    }

    @Test
    void theChainRuleProductMatchesTheCompositionsDifferences() {
        ChainRuleCheck.Maps maps = ChainRuleCheck.Maps.drawn();
        double[][] direct = FiniteDifferences.jacobian(x -> maps.f(maps.g(x)), maps.x(), ChainRuleCheck.STEP);
        double[][] chained = Matrices.multiply(maps.jacobianF(maps.g(maps.x())), maps.ag());
        assertEquals(0, Matrices.maxAbsDifference(direct, chained), ChainRuleCheck.TOLERANCE);
    }

    /** Where each initialisation's norm must be after 30 layers (the notebook's depth). */
    @ParameterizedTest
    @EnumSource(GradientFlow.Init.class)
    void eachInitialisationEndsWhereTheSectionSays(GradientFlow.Init init) {
        double[] norms = GradientFlow.norms(init, 30);
        double last = norms[30];
        switch (init) {
            case LARGE -> assertTrue(last > 1e10, "explodes: " + last);
            case XAVIER -> assertTrue(last > 0.1 && last < 10, "stays near 1: " + last);
            case ORTHOGONAL -> {
                for (double v : norms) assertEquals(1, v, EXACT);
            }
            case SMALL -> assertTrue(last < 1e-5, "vanishes: " + last);
        }
    }

    private static double[] unit(int size, int i) {
        double[] e = new double[size];
        e[i] = 1;
        return e;
    }
}
