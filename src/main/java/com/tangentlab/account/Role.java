package com.tangentlab.account;

import java.util.Locale;

/** What an account may do: students work on exercises, instructors also manage accounts. */
public enum Role {
    STUDENT, INSTRUCTOR;

    /** The lower-case name kept in the database and sent in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
