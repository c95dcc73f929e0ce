package com.tangentlab.regrade;

import java.util.Locale;

/** Where a regrade is: replaying, done and waiting for a decision, or closed one way or another. */
public enum RegradeState {
    RUNNING, FINISHED, APPLIED, ABANDONED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegradeState fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
