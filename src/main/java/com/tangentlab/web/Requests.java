package com.tangentlab.web;

/** The JSON bodies the API accepts. */
final class Requests {
    private Requests() {}

    record Login(String username, String password) {}

    record ChangePassword(String currentPassword, String newPassword) {}

    /** @param password null to have one generated */
    record ResetPassword(String password) {}

    record Code(String code) {}

    record CourseTitle(String title) {}

    record ChooseCourse(Long course) {}

    record Archive(Boolean archived) {}

    record MemberRole(String role) {}
}
