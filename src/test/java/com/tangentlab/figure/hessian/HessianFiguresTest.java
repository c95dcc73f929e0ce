package com.tangentlab.figure.hessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.calc.Contours;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Matrices;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked values of sections 6–10 and the properties their figures check. */
class HessianFiguresTest {
    /** Closed forms evaluated in double precision: a few ulps. */
    private static final double EXACT = 1e-12;
    /** Backpropagation against centred differences of the loss, relative to the gradient: the gap is near 1e-9. */
    private static final double GRADIENT_CHECK = 1e-6;
    /** A symmetric eigen-decomposition keeps the trace to about n ulps (n = 241), relative. */
    private static final double TRACE_KEPT = 1e-9;

    @Test
    void theStencilRecoversAForTheQuadraticAndTheSoftmaxJacobianForLogSumExp() {
        double[][] quadratic = FiniteDifferences.hessian(HessianFd::quadratic, HessianFd.QUADRATIC_POINT, HessianFd.STEP);
        assertEquals(0, Matrices.maxAbsDifference(quadratic, HessianFd.A), HessianFd.TOLERANCE);
        double[][] lse = FiniteDifferences.hessian(HessianFd::logSumExp, HessianFd.LSE_POINT, HessianFd.STEP);
        assertEquals(0, Matrices.maxAbsDifference(lse, HessianFd.logSumExpHessian(HessianFd.LSE_POINT)),
                HessianFd.TOLERANCE);
    }

    @Test
    void peanosMixedPartialsAtTheOriginAreMinusOneAndPlusOne() {
        assertEquals(-1, Clairaut.peanoXThenY(), Clairaut.PEANO_TOLERANCE);
        assertEquals(1, Clairaut.peanoYThenX(), Clairaut.PEANO_TOLERANCE);
    }

    @Test
    void aSmoothFunctionsMixedPartialsAgreeInEitherOrder() {
        Clairaut.Smooth smooth = Clairaut.Smooth.drawn();
        double[][] nested = smooth.nested();
        assertEquals(0, Matrices.maxAbsDifference(nested, Matrices.transpose(nested)), Clairaut.SMOOTH_TOLERANCE);
        assertEquals(0, Matrices.maxAbsDifference(nested, smooth.hessian()), Clairaut.SMOOTH_TOLERANCE);
    }

    /** The Hessian eigenvalues decide: (0, 0) is a saddle, (1, −1) a minimum (not the saddle the notebook draws). */
    @ParameterizedTest(name = "({0}, {1}) has eigenvalues {2} and {3}: {4}")
    @CsvSource({"0, 0, -3, 3, saddle point", "1, -1, 3, 9, local minimum"})
    void criticalPointsAreClassifiedByTheirHessianEigenvalues(double x, double y, double low, double high,
            String kind) {
        CriticalPoints.Row row = CriticalPoints.Row.at(new double[] {x, y});
        assertArrayEquals(new double[] {0, 0}, row.gradient(), EXACT);
        assertArrayEquals(new double[] {low, high}, row.eigenvalues(), CriticalPoints.TOLERANCE);
        assertEquals(kind, row.kind());
    }

    @ParameterizedTest(name = "eigenvalues {0}, {1}: {2}")
    @CsvSource({"1, 2, local minimum", "-1, -2, local maximum", "-1, 2, saddle point",
            "0, 0, undecided (second-order test fails)"})
    void theSignsOfTheEigenvaluesNameTheKindOfPoint(double a, double b, String kind) {
        assertEquals(kind, CubicSurface.classify(new double[] {a, b}));
    }

    @Test
    void rosenbrocksGradientAndHessianAtTheExpansionPointAreTheWorkedOnes() {
        assertArrayEquals(new double[] {9, -10}, Rosenbrock.gradient(Rosenbrock.X0), EXACT);
        assertEquals(0, Matrices.maxAbsDifference(new double[][] {{222, -200}, {-200, 200}},
                Rosenbrock.hessian(Rosenbrock.X0)), EXACT);
        assertEquals(Rosenbrock.value(Rosenbrock.X0), Rosenbrock.model(0), EXACT);
        assertEquals(3, TaylorError.fittedSlope(), TaylorError.SLOPE_TOLERANCE);
    }

    @ParameterizedTest(name = "κ = {0}")
    @CsvSource({"1", "7", "25", "100"})
    void newtonFromOneOneReachesTheOriginInOneStep(double kappa) {
        Descent run = Descent.run(values(Map.of("kappa", kappa, "rate", 0.5)));
        double[] end = run.newton().get(1);
        assertEquals(0, Math.max(Math.abs(end[0]), Math.abs(end[1])), NewtonVsGd.NEWTON_EXACT);
    }

    @ParameterizedTest(name = "rate {0} of 2/λmax: converges {1}")
    @CsvSource({"0.5, true", "0.96, true", "1.05, false"})
    void gradientDescentConvergesOnlyBelowTwoOverLambdaMax(double fraction, boolean converges) {
        Descent run = Descent.run(values(Map.of("kappa", 25.0, "rate", fraction)));
        double last = run.f(run.gd().get(Descent.GD_STEPS));
        assertEquals(converges, run.contraction() < 1);
        assertEquals(converges, last < run.f(Descent.START));
    }

    @ParameterizedTest(name = "radius {0}")
    @CsvSource({"0.3", "0.77", "1.5"})
    void marchingSquaresTraceACircleWithinOneCell(double radius) {
        Contours.Grid grid = new Contours.Grid(-2, 2, -2, 2, 80);
        List<double[]> points = Contours.segments((x, y) -> x * x + y * y, grid, radius * radius);
        double cell = 4.0 / 80;
        assertTrue(points.size() > 20 && points.size() % 2 == 0, "pieces: " + points.size());
        for (double[] p : points) assertEquals(radius, Math.hypot(p[0], p[1]), cell);
    }

    @Test
    void theNetworksGradientMatchesDifferencesOfItsLoss() {
        SmallMlp network = SmallMlp.drawn();
        double[] p = SmallMlp.scaledInitialParameters();
        double[] exact = network.gradient(p);
        double[] numeric = FiniteDifferences.gradient(network::loss, p, HessianSpectrum.STEP);
        double[] gap = new double[exact.length];
        for (int i = 0; i < gap.length; i++) gap[i] = exact[i] - numeric[i];
        assertTrue(Matrices.norm(gap) <= GRADIENT_CHECK * Matrices.norm(exact), "gap " + Matrices.norm(gap));
    }

    @Test
    void theSpectrumsEigenvaluesAddUpToTheTraceOfTheSymmetricHessian() {
        HessianSpectrum figure = new HessianSpectrum();
        HessianSpectrum.Curvature c = figure.curvature(figure.trained(200));
        double trace = 0;
        for (int i = 0; i < c.hessian().length; i++) trace += c.hessian()[i][i];
        assertEquals(SmallMlp.PARAMETERS, c.eigenvalues().length);
        assertEquals(trace, Arrays.stream(c.eigenvalues()).sum(), TRACE_KEPT * Math.abs(trace));
        assertTrue(c.asymmetry() <= HessianSpectrum.SYMMETRY_TOLERANCE, "asymmetry " + c.asymmetry());
        assertTrue(c.eigenvalues()[c.eigenvalues().length - 1] > 0);
    }

    /** Section 10's claim: the residual term, weighted by the errors, fades as the fit improves. */
    @Test
    void theMostNegativeEigenvalueShrinksAsTrainingFitsTheData() {
        HessianSpectrum figure = new HessianSpectrum();
        double previous = Double.POSITIVE_INFINITY;
        for (int steps = 0; steps <= HessianSpectrum.MAX_STEPS; steps += HessianSpectrum.STEPS_APART) {
            double[] eigenvalues = figure.curvature(figure.trained(steps)).eigenvalues();
            double mostNegative = -eigenvalues[0];
            assertTrue(mostNegative > 0 && mostNegative < previous, "after " + steps + " steps: λmin = " + eigenvalues[0]);
            previous = mostNegative;
        }
    }

    private static Figure.Values values(Map<String, Double> given) {
        return given::get;
    }
}
