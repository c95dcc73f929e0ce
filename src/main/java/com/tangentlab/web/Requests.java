package com.tangentlab.web;

import java.util.List;

/** The JSON bodies the API accepts. */
final class Requests {
    private Requests() {}

    record Login(String username, String password) {}

    record ChangePassword(String currentPassword, String newPassword) {}

    /** @param password null to have one generated */
    record ResetPassword(String password) {}

    record Code(String code) {}

    record LtiPlatform(String issuer, String clientId, List<String> deploymentIds, String authEndpoint,
            String tokenEndpoint, String jwksUrl) {}

    record DeepLinkPicks(List<String> exercises, List<String> sections) {}

    record CourseTitle(String title) {}

    record ChooseCourse(Long course) {}

    record Archive(Boolean archived) {}

    record MemberRole(String role) {}
}
