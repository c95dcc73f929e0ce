package com.tangentlab.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The late rule and the grading policy, against values worked out by hand. */
class ScoringTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-03-01T23:59:00Z");
    private static final CourseRules TEN_PERCENT = new CourseRules(GradingPolicy.BEST, LatePolicy.PENALTY, 10);
    private static final CourseRules EIGHTH_PER_DAY = new CourseRules(GradingPolicy.BEST, LatePolicy.PENALTY, 12.5);
    private static final CourseRules NO_CREDIT = new CourseRules(GradingPolicy.BEST, LatePolicy.NO_CREDIT, 10);

    static Stream<Arguments> lateCases() {
        return Stream.of(
                // case, raw, submitted after the deadline by, rules, days late, penalty %, score
                Arguments.of("an hour early", 7.65, Duration.ofHours(-1), TEN_PERCENT, 0, 0.0, 7.65),
                Arguments.of("exactly at the deadline", 7.65, Duration.ZERO, TEN_PERCENT, 0, 0.0, 7.65),
                Arguments.of("one second late starts a day", 7.65, Duration.ofSeconds(1), TEN_PERCENT, 1, 10.0, 6.89),
                Arguments.of("exactly one day late", 10.0, Duration.ofDays(1), TEN_PERCENT, 1, 10.0, 9.0),
                Arguments.of("a day and a minute late", 7.65, Duration.ofDays(1).plusMinutes(1), TEN_PERCENT, 2, 20.0,
                        6.12),
                Arguments.of("three days late", 10.0, Duration.ofDays(3), TEN_PERCENT, 3, 30.0, 7.0),
                Arguments.of("ten days late takes everything", 10.0, Duration.ofDays(10), TEN_PERCENT, 10, 100.0, 0.0),
                Arguments.of("eleven days late is capped at 100 %", 10.0, Duration.ofDays(11), TEN_PERCENT, 11, 100.0,
                        0.0),
                Arguments.of("12.5 % a day, two days late", 5.83, Duration.ofHours(30), EIGHTH_PER_DAY, 2, 25.0, 4.37),
                Arguments.of("no credit a minute late", 10.0, Duration.ofMinutes(1), NO_CREDIT, 1, 100.0, 0.0),
                Arguments.of("no credit on time is full credit", 10.0, Duration.ZERO, NO_CREDIT, 0, 0.0, 10.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateCases")
    void theLateRuleTakesOffWhatWasWorkedOutByHand(String name, double raw, Duration afterDeadline,
            CourseRules rules, long days, double penalty, double score) {
        Scored s = Scoring.apply(raw, DEADLINE.plus(afterDeadline), DEADLINE, rules);
        assertEquals(days, s.daysLate(), name);
        assertEquals(penalty, s.penaltyPercent(), SCORE_TOLERANCE, name);
        assertEquals(score, s.score(), SCORE_TOLERANCE, name);
        assertEquals(raw, s.rawScore(), SCORE_TOLERANCE, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateCases")
    void withoutADeadlineNothingIsLate(String name, double raw, Duration afterDeadline, CourseRules rules) {
        Scored s = Scoring.apply(raw, DEADLINE.plus(afterDeadline), null, rules);
        assertEquals(0, s.daysLate(), name);
        assertEquals(raw, s.score(), SCORE_TOLERANCE, name);
    }

    /** An attempt: the judge's score and how long after the deadline it came. */
    record Try(double raw, Duration afterDeadline) {}

    private static final List<Try> EARLY_LOW_LATE_HIGH_THEN_MIDDLE = List.of(
            new Try(4.0, Duration.ofDays(-2)), new Try(9.0, Duration.ofDays(3)), new Try(5.0, Duration.ofDays(-1)));
    private static final List<Try> EQUAL_SCORES = List.of(
            new Try(6.0, Duration.ofDays(-2)), new Try(6.0, Duration.ofDays(-1)));

    static Stream<Arguments> policyCases() {
        return Stream.of(
                // case, attempts, grading policy, late rules, index of the counting attempt, its score
                Arguments.of("best counts the late 9 as 6.3", EARLY_LOW_LATE_HIGH_THEN_MIDDLE, GradingPolicy.BEST,
                        TEN_PERCENT, 1, 6.3),
                Arguments.of("last counts the final 5", EARLY_LOW_LATE_HIGH_THEN_MIDDLE, GradingPolicy.LAST,
                        TEN_PERCENT, 2, 5.0),
                Arguments.of("best without credit for late work is the 5", EARLY_LOW_LATE_HIGH_THEN_MIDDLE,
                        GradingPolicy.BEST, NO_CREDIT, 2, 5.0),
                Arguments.of("best of equal scores is the earliest", EQUAL_SCORES, GradingPolicy.BEST, TEN_PERCENT, 0,
                        6.0),
                Arguments.of("last of one attempt is that one", List.of(new Try(2.5, Duration.ofDays(2))),
                        GradingPolicy.LAST, TEN_PERCENT, 0, 2.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyCases")
    void thePolicyPicksTheAttemptThatCounts(String name, List<Try> tries, GradingPolicy policy, CourseRules late,
            int countingIndex, double score) {
        List<Scored> scored = tries.stream()
                .map(t -> Scoring.apply(t.raw(), DEADLINE.plus(t.afterDeadline()), DEADLINE, late)).toList();
        Scored counting = Scoring.counting(scored, s -> s, policy).orElseThrow();
        assertEquals(countingIndex, scored.indexOf(counting), name);
        assertEquals(score, counting.score(), SCORE_TOLERANCE, name);
    }

    @Test
    void nothingCountsWithoutAGradedAttempt() {
        assertEquals(Optional.empty(), Scoring.counting(List.<Scored>of(), s -> s, GradingPolicy.BEST));
    }

    @Test
    void studentsReadTheLateRuleInPlainWords() {
        assertEquals("late: −10%/day", TEN_PERCENT.lateRuleText());
        assertEquals("late: −12.5%/day", EIGHTH_PER_DAY.lateRuleText());
        assertEquals("no credit after the deadline", NO_CREDIT.lateRuleText());
    }
}
