package com.tangentlab.lti;

import java.net.URI;
import java.util.Map;

/**
 * A verified launch: who came from which platform and course, with which role, to see what.
 *
 * @param subject     the platform's stable id of the user (the id_token's sub)
 * @param context     the course on the platform; null when the platform sent none
 * @param custom      the resource link's custom parameters, e.g. {@code exercise} or {@code section}
 * @param deepLinking where a deep-linking response goes, for a deep-linking request; null otherwise
 */
public record Launch(Platform platform, String deploymentId, MessageType messageType, String subject,
        String displayName, LtiRole role, Context context, Map<String, String> custom, DeepLinking deepLinking) {

    public Launch {
        custom = Map.copyOf(custom);
    }

    /** The two messages a tool launched from a course receives. */
    public enum MessageType {
        RESOURCE_LINK("LtiResourceLinkRequest"), DEEP_LINKING("LtiDeepLinkingRequest");

        private final String claim;

        MessageType(String claim) {
            this.claim = claim;
        }

        public String claim() {
            return claim;
        }
    }

    /** The course the launch came from, by the platform's id for it. */
    public record Context(String id, String title) {}

    /** A deep-linking request's settings: where the chosen items go back, and the data to return with them. */
    public record DeepLinking(URI returnUrl, String data) {}
}
