package com.tangentlab.lti;

import java.util.Collection;

/**
 * A launching user's role in the course, read from the LTI roles claim. Only the context (course) roles of
 * the LIS vocabulary count: an instructor or course administrator runs the course, a teaching assistant
 * helps, and everyone else, learners and unknown roles alike, is a student, so that no role a platform
 * invents grants more than a student's rights.
 */
public enum LtiRole {
    INSTRUCTOR, TEACHING_ASSISTANT, STUDENT;

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String TEACHING_ASSISTANT_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/"
            + "Instructor#TeachingAssistant";

    /** The highest role among the claim's values. */
    public static LtiRole of(Collection<String> roles) {
        if (roles.contains(TEACHING_ASSISTANT_ROLE)) return TEACHING_ASSISTANT;
        if (roles.contains(MEMBERSHIP + "Instructor") || roles.contains(MEMBERSHIP + "Administrator")) {
            return INSTRUCTOR;
        }
        return STUDENT;
    }
}
