package com.tangentlab.gradebook;

import java.util.Arrays;
import java.util.Locale;

/** Which graded attempt of an exercise counts: the best one after late penalties, or the last one. */
public enum GradingPolicy {
    BEST, LAST;

    /** The lower-case name kept in the database and sent in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GradingPolicy fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new InvalidSettingsException("the grading policy must be best or last, not "
                        + label));
    }
}
