package com.tangentlab.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The capacity table's arithmetic, from the CPU one submission costs. */
class CapacityTest {
    private static final double EXACT = 1e-9;

    @Test
    void aCoreSpending250MsASubmissionGrades240AMinuteFor80StudentsWhoSubmitThreeTimes() {
        Capacity c = new Capacity(250);
        assertEquals(4, c.submissionsPerCoreSecond(), EXACT);
        assertEquals(240, c.submissionsPerCoreMinute(), EXACT);
        assertEquals(240, c.studentsPerCoreMinute(1), EXACT);
        assertEquals(80, c.studentsPerCoreMinute(3), EXACT);
        assertEquals(48, c.studentsPerCoreMinute(5), EXACT);
    }

    @Test
    void twoCoresAt400MsASubmissionCannotGradeMoreThanFiveASecond() {
        assertEquals(5, new Capacity(400).ceilingPerSecond(2), EXACT);
    }

    @Test
    void aStudentWhoNeverSubmitsAndAFreeSubmissionAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Capacity(250).studentsPerCoreMinute(0));
        assertThrows(IllegalArgumentException.class, () -> new Capacity(0));
        assertThrows(IllegalArgumentException.class, () -> new Capacity(Double.NaN));
    }
}
