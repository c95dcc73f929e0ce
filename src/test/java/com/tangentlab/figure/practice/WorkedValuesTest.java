package com.tangentlab.figure.practice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.figure.calc.FiniteDifferences;
import java.util.stream.Stream;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notebook's worked values for sections 11–21, and the properties the figures check, reproduced. */
class WorkedValuesTest {
    /** Closed-form values on inputs of order one are exact to a few ulps. */
    private static final double ROUNDING = 1e-12;
    /** Forty power steps on diag(1, 3, 5, 8, 10) shrink the error like 0.64^40 ≈ 1e-8, above differencing noise. */
    private static final double FORTY_STEPS = 1e-6;
    /** The notebook's step for Hessian-vector products. */
    private static final double HVP_STEP = 1e-4;
    /** The notebook's step for gradient checks. */
    private static final double GRADIENT_STEP = 1e-5;
    /** After 50 blocks of scale 0.15 the plain product has shrunk by many orders; below this it has vanished. */
    private static final double VANISHED = 1e-10;
    /** "Of order one": within two decades of 1. */
    private static final double ORDER_ONE_LOW = 0.01;
    private static final double ORDER_ONE_HIGH = 100;

    @Test
    void powerIterationOnHvpsFindsTenForDiagOneThreeFiveEightTen() {
        assertEquals(10, HvpCheck.powerEstimate(HVP_STEP), HvpCheck.LAMBDA_TOLERANCE);
        double[] estimates = PowerIteration.estimates(PowerIteration.DIAGONAL, 40);
        assertEquals(10, estimates[estimates.length - 1], FORTY_STEPS);
        assertEquals(0.2, 2 / HvpCheck.powerEstimate(HVP_STEP), 2 * HvpCheck.LAMBDA_TOLERANCE / 81);
    }

    @Test
    void powerIterationOnTheRandomSpdMatrixReachesItsLargestEigenvalue() {
        double[] estimates = PowerIteration.estimates(PowerIteration.RANDOM_SPD, 40);
        assertEquals(PowerIteration.RANDOM_SPD.largestEigenvalue(), estimates[estimates.length - 1],
                PowerIteration.TOLERANCE);
    }

    @Test
    void differencesOfTwoGradientsGiveHTimesV() {
        assertArrayEquals(new double[] {1, 0, 5, 0, 10}, HvpCheck.differencedProduct(HVP_STEP), HvpCheck.HVP_TOLERANCE);
    }

    @Test
    void theNotebookCouplingLayerHasLogDeterminantThreeQuartersAndInverts() {
        double[] x = CouplingLayer.NOTEBOOK_X;
        double[][] j = CouplingLayer.jacobian(x);

        assertEquals(0.75, CouplingLayer.logDeterminant(x), ROUNDING);
        assertEquals(0.75, Math.log(Math.abs(new SimpleMatrix(j).determinant())), ROUNDING);
        assertArrayEquals(x, CouplingLayer.inverse(CouplingLayer.forward(x)), ROUNDING);
        for (int row = 0; row < 2; row++) assertArrayEquals(new double[2], new double[] {j[row][2], j[row][3]});
        double[][] differenced = CouplingLayer.differencedJacobian(x);
        for (int row = 0; row < 4; row++) assertArrayEquals(j[row], differenced[row], CouplingLayer.JACOBIAN_TOLERANCE);
    }

    @Test
    void theUnitNormalisationJacobianAtThreeFourZeroIsTheProjectionOverFive() {
        double[] x = UnitNormJacobian.NOTEBOOK_X;
        SimpleMatrix expected = new SimpleMatrix(new double[][] {
            {16.0 / 125, -12.0 / 125, 0}, {-12.0 / 125, 9.0 / 125, 0}, {0, 0, 1.0 / 5}});
        SimpleMatrix j = UnitNormJacobian.jacobian(x);
        SimpleMatrix p = UnitNormJacobian.projection(x);

        assertEquals(0, j.minus(expected).elementMaxAbs(), ROUNDING);
        assertArrayEquals(new double[3], Linear.times(j, x), ROUNDING);
        assertEquals(0, j.minus(j.transpose()).elementMaxAbs(), ROUNDING);
        assertEquals(0, p.mult(p).minus(p).elementMaxAbs(), ROUNDING);
        assertEquals(0, j.scale(5).minus(p).elementMaxAbs(), ROUNDING);
    }

    static Stream<Arguments> samCases() {
        return Stream.of(
                Arguments.of("sharp", SamSharpness.SHARP, 0.1, 1.0),
                Arguments.of("flat", SamSharpness.FLAT, 0.1, 0.01),
                Arguments.of("sharp", SamSharpness.SHARP, 0.5, 25.0),
                Arguments.of("flat", SamSharpness.FLAT, 0.01, 1e-4));
    }

    @ParameterizedTest(name = "{0} at ρ = {2}")
    @MethodSource("samCases")
    void samsWorstRiseOnAQuadraticIsHalfRhoSquaredLambdaMax(String name, Quadratic q, double rho, double rise) {
        assertEquals(rise, SamSharpness.predictedRise(q, rho), rise * ROUNDING);
        assertEquals(rise, SamSharpness.ascentRise(q, rho), rise * SamSharpness.ASCENT_TOLERANCE);
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {10, 200, 2000})
    void kfacInvertsFactorByFactor(int samples) {
        KfacStructure.Batch batch = KfacStructure.Batch.draw(samples, false);

        assertTrue(KfacStructure.inverseGap(batch) < KfacStructure.ALGEBRA_TOLERANCE);
        assertTrue(KfacStructure.updateGap(batch) < KfacStructure.ALGEBRA_TOLERANCE);
    }

    @Test
    void kfacsErrorShrinksWithSamplesOnlyWhenActivationsAndGradientsAreIndependent() {
        double fewIndependent = KfacStructure.Batch.draw(10, false).compare().relativeError();
        double manyIndependent = KfacStructure.Batch.draw(2000, false).compare().relativeError();
        double manyCoupled = KfacStructure.Batch.draw(2000, true).compare().relativeError();

        assertTrue(manyIndependent < fewIndependent / 3, manyIndependent + " vs " + fewIndependent);
        assertTrue(manyCoupled > 3 * manyIndependent, manyCoupled + " vs " + manyIndependent);
    }

    @Test
    void aGradientCheckPassesTheCorrectGradientAndCatchesTheSignBug() {
        double[] numeric = FiniteDifferences.gradient(GradientCheck::loss, GradientCheck.W, GRADIENT_STEP);
        double exactDirectional = Linear.dot(GradientCheck.gradient(GradientCheck.W), GradientCheck.DIRECTION);

        assertTrue(GradientCheck.relativeError(GradientCheck.gradient(GradientCheck.W), numeric)
                < GradientCheck.CORRECT_BELOW);
        assertEquals(1, GradientCheck.relativeError(GradientCheck.signBugGradient(GradientCheck.W), numeric),
                GradientCheck.CORRECT_BELOW);
        assertEquals(exactDirectional, GradientCheck.directionalByDifferences(GRADIENT_STEP),
                GradientCheck.DIRECTIONAL_TOLERANCE);
    }

    @ParameterizedTest(name = "{0} × 2/λmax")
    @ValueSource(doubles = {0.5, 0.9, 0.99, 1.01, 1.1})
    void gradientDescentsLossFallsBelowTheStepBoundAndGrowsAboveIt(double multiple) {
        double[] losses = EdgeOfStability.losses(multiple * 2 / EdgeOfStability.lambdaMax());
        double last = losses[EdgeOfStability.STEPS];

        assertEquals(multiple < 1, last < losses[0], "final loss " + last + " from " + losses[0]);
    }

    @Test
    void theNotebooksStableRateSettlesAndItsUnstableRateDiverges() {
        double bound = 2 / EdgeOfStability.lambdaMax();

        assertTrue(EdgeOfStability.losses(EdgeOfStability.SETTLING_MULTIPLE * bound)[EdgeOfStability.STEPS]
                < EdgeOfStability.SETTLED);
        assertTrue(EdgeOfStability.losses(EdgeOfStability.DIVERGING_MULTIPLE * bound)[EdgeOfStability.STEPS]
                > EdgeOfStability.DIVERGED);
    }

    @ParameterizedTest(name = "κ = {0}")
    @ValueSource(doubles = {1, 10, 100, 1000})
    void gradientDescentsDistanceStaysUnderTheRateBound(double kappa) {
        ConditionNumberGd.Run run = ConditionNumberGd.run(kappa);

        assertEquals((kappa - 1) / (kappa + 1), run.rate(), ROUNDING);
        assertTrue(run.worstExcess() <= ConditionNumberGd.BOUND_SLACK, "excess " + run.worstExcess());
    }

    @Test
    void illConditioningSlowsGradientDescent() {
        assertEquals(1, ConditionNumberGd.run(1).stepsToTarget());
        assertTrue(ConditionNumberGd.run(10).stepsToTarget() < ConditionNumberGd.run(100).stepsToTarget());
        assertEquals(-1, ConditionNumberGd.run(1000).stepsToTarget());
    }

    @Test
    void theResidualJacobianKeepsItsSizeAtDepthFiftyWhileThePlainOneVanishes() {
        ResidualVsPlain.Norms norms = ResidualVsPlain.norms(50, 0.15);

        assertTrue(norms.plain()[50] < VANISHED, "plain " + norms.plain()[50]);
        for (double n : norms.residual()) assertTrue(n > ORDER_ONE_LOW && n < ORDER_ONE_HIGH, "residual " + n);
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 5, 31, 32, 100, 1000})
    void aBatchGradientHasRankAtMostTheBatchSize(int batch) {
        int bound = Math.min(batch, LoraGradientRank.INPUTS);
        double[] noise = Linear.singularValues(LoraGradientRank.noiseGradient(batch));
        double[] structured = Linear.singularValues(LoraGradientRank.structuredGradient(batch));

        assertEquals(bound, LoraGradientRank.numericalRank(noise));
        assertTrue(LoraGradientRank.numericalRank(structured) <= bound);
    }

    @Test
    void aStructuredGradientNeedsNoMoreRanksThanItsLatentDimensionForNinetyPercent() {
        double[] structured = LoraGradientRank.cumulativeEnergy(
                Linear.singularValues(LoraGradientRank.structuredGradient(100)));
        double[] noise = LoraGradientRank.cumulativeEnergy(Linear.singularValues(LoraGradientRank.noiseGradient(100)));

        assertTrue(LoraGradientRank.rankFor(structured, 0.9) <= LoraGradientRank.LATENT);
        assertTrue(LoraGradientRank.rankFor(noise, 0.9) > 2 * LoraGradientRank.LATENT);
        assertEquals(1, structured[structured.length - 1], ROUNDING);
    }
}
