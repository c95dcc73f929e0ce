package com.tangentlab.gradebook;

import java.util.Arrays;
import java.util.Locale;

/** What an attempt after its exercise's deadline is worth: nothing, or its score less a penalty per started day. */
public enum LatePolicy {
    NO_CREDIT, PENALTY;

    /** The name kept in the database and sent in JSON: no-credit or penalty. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LatePolicy fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new InvalidSettingsException("the late policy must be no-credit or penalty, not "
                        + label));
    }
}
