package com.tangentlab.offering;

import java.util.Locale;

/** What a member may do in one offering: its instructors run it, its teaching assistants read it. */
public enum OfferingRole {
    INSTRUCTOR, TEACHING_ASSISTANT, STUDENT;

    /** The name kept in the database and sent in JSON: {@code instructor}, {@code teaching-assistant}, {@code student}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role named {@code label}, or an {@link OfferingException} naming the three there are. */
    public static OfferingRole fromLabel(String label) {
        for (OfferingRole role : values()) {
            if (role.label().equals(label)) return role;
        }
        throw new OfferingException(OfferingException.Reason.INVALID,
                "unknown role " + label + ": it is instructor, teaching-assistant or student");
    }

    /** Whether the member sees the offering's dashboards: gradebook, analytics, submissions, similarity. */
    public boolean seesDashboard() {
        return this != STUDENT;
    }

    /** Whether the member changes the offering: its settings, deadlines, roster, grades and regrades. */
    public boolean manages() {
        return this == INSTRUCTOR;
    }
}
