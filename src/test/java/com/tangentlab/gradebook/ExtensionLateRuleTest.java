package com.tangentlab.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The late rule against a student's own deadline, with extensions, worked out by hand. */
class ExtensionLateRuleTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final String SOFTMAX = "softmax-jacobian";
    private static final String NEWTON = "newton-step";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-03-01T23:59:00Z");
    private static final CourseRules TEN_PERCENT = new CourseRules(GradingPolicy.BEST, LatePolicy.PENALTY, 10);
    private static final CourseRules NO_CREDIT = new CourseRules(GradingPolicy.BEST, LatePolicy.NO_CREDIT, 0);

    private static Extension softmaxBy(Duration later) {
        return new Extension("alice", SOFTMAX, DEADLINE.plus(later), "instructor", DEADLINE);
    }

    private static Extension everyExerciseBy(Duration later) {
        return new Extension("alice", null, DEADLINE.plus(later), "instructor", DEADLINE);
    }

    static Stream<Arguments> cases() {
        Duration threeDays = Duration.ofDays(3);
        return Stream.of(
                // case, exercise, extensions, submitted after the course deadline by, rules, days late, score of 10
                Arguments.of("no extension: two started days late", SOFTMAX, List.of(), Duration.ofHours(30),
                        TEN_PERCENT, 2, 8.0),
                Arguments.of("three more days: on time 30 h after", SOFTMAX, List.of(softmaxBy(threeDays)),
                        Duration.ofHours(30), TEN_PERCENT, 0, 10.0),
                Arguments.of("exactly at the extended deadline is on time", SOFTMAX, List.of(softmaxBy(threeDays)),
                        threeDays, TEN_PERCENT, 0, 10.0),
                Arguments.of("a second after the extended deadline starts a day", SOFTMAX,
                        List.of(softmaxBy(threeDays)), threeDays.plusSeconds(1), TEN_PERCENT, 1, 9.0),
                Arguments.of("counted from the extended deadline: 4 days and an hour late", SOFTMAX,
                        List.of(softmaxBy(threeDays)), Duration.ofDays(7).plusHours(1), TEN_PERCENT, 5, 5.0),
                Arguments.of("an extension of another exercise changes nothing", NEWTON, List.of(softmaxBy(threeDays)),
                        Duration.ofHours(30), TEN_PERCENT, 2, 8.0),
                Arguments.of("an extension of every exercise covers this one", NEWTON,
                        List.of(everyExerciseBy(threeDays)), Duration.ofHours(30), TEN_PERCENT, 0, 10.0),
                Arguments.of("the later of two extensions holds", SOFTMAX,
                        List.of(softmaxBy(Duration.ofDays(1)), everyExerciseBy(threeDays)), Duration.ofHours(30),
                        TEN_PERCENT, 0, 10.0),
                Arguments.of("an earlier date never moves the deadline earlier", SOFTMAX,
                        List.of(softmaxBy(Duration.ofDays(-2))), Duration.ofHours(-1), TEN_PERCENT, 0, 10.0),
                Arguments.of("no credit after the extended deadline", SOFTMAX, List.of(softmaxBy(threeDays)),
                        threeDays.plusMinutes(1), NO_CREDIT, 1, 0.0),
                Arguments.of("no credit is full credit before it", SOFTMAX, List.of(softmaxBy(threeDays)),
                        Duration.ofDays(2), NO_CREDIT, 0, 10.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theLateRuleCountsFromTheStudentsOwnDeadline(String name, String exercise, List<Extension> extensions,
            Duration afterCourseDeadline, CourseRules rules, long days, double score) {
        OffsetDateTime theirs = StudentDeadlines.effective(DEADLINE, extensions, exercise);
        Scored s = Scoring.apply(10, DEADLINE.plus(afterCourseDeadline), theirs, rules);

        assertEquals(days, s.daysLate(), name);
        assertEquals(score, s.score(), SCORE_TOLERANCE, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anExerciseWithoutACourseDeadlineHasNoneWhateverIsGranted(String name, String exercise,
            List<Extension> extensions) {
        assertEquals(null, StudentDeadlines.effective(null, extensions, exercise), name);
    }
}
