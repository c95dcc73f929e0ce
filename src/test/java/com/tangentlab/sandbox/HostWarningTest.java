package com.tangentlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-up warning says what each mode short of full isolation gives and lacks; full isolation says nothing. */
class HostWarningTest {

    @ParameterizedTest(name = "{0} with prlimit {1} warns of \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "USER_NAMESPACE | true  | the server's own uid",
            "USER_NAMESPACE | true  | no per-agent process-count limit",
            "USER_NAMESPACE | true  | no nested user namespaces",
            "USER_NAMESPACE | true  | root file system built for each agent",
            "NONE           | true  | NO network, file system or process isolation",
            "FULL           | false | rlimits are NOT applied"})
    void aWeakerModeIsNamedWithWhatItLacks(Isolation mode, boolean prlimit, String text) {
        String warning = new Host(mode, prlimit).warning();
        assertTrue(warning.startsWith("WARNING: sandbox isolation is " + mode), warning);
        assertTrue(warning.contains(text), warning);
    }

    @Test
    void fullIsolationWithRlimitsPrintsNoWarning() {
        assertEquals("", new Host(Isolation.FULL, true).warning());
    }
}
