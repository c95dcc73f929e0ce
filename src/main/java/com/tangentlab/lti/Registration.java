package com.tangentlab.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What an administrator pastes from a platform's tool configuration, checked before anything is stored:
 * every field present, the URLs absolute http(s) addresses, at least one deployment id.
 */
public record Registration(String issuer, String clientId, List<String> deploymentIds, URI authEndpoint,
        URI tokenEndpoint, URI jwksUrl) {
    /** The columns' width; longer values would be cut, so they are refused. */
    static final int MAX_ID_LENGTH = 255;
    static final int MAX_URL_LENGTH = 2000;

    /** Checks the raw fields; an {@link LtiException} of reason INVALID names the first bad one. */
    public static Registration of(String issuer, String clientId, List<String> deploymentIds, String authEndpoint,
            String tokenEndpoint, String jwksUrl) {
        List<String> deployments = deploymentIds == null ? List.of() : new LinkedHashSet<>(deploymentIds.stream()
                .map(d -> d == null ? "" : d.trim()).filter(d -> !d.isEmpty()).toList()).stream().toList();
        if (deployments.isEmpty()) throw invalid("at least one deployment id is required");
        deployments.forEach(d -> text(d, "deployment id"));
        return new Registration(url(issuer, "issuer"), text(clientId, "client id"), deployments,
                URI.create(url(authEndpoint, "auth endpoint")), URI.create(url(tokenEndpoint, "token endpoint")),
                URI.create(url(jwksUrl, "JWKS URL")));
    }

    private static String text(String value, String field) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) throw invalid("the " + field + " is required");
        if (trimmed.length() > MAX_ID_LENGTH) throw invalid("the " + field + " is longer than " + MAX_ID_LENGTH
                + " characters");
        if (trimmed.chars().anyMatch(Character::isISOControl)) throw invalid("the " + field
                + " holds a control character");
        return trimmed;
    }

    /** The issuer is compared as text with the id_token's iss, so it is kept exactly as given, trimmed. */
    private static String url(String value, String field) {
        String trimmed = text(value, field);
        if (trimmed.length() > MAX_URL_LENGTH) throw invalid("the " + field + " is too long");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw invalid("the " + field + " must be an absolute https:// address, not '" + trimmed + "'");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw invalid("the " + field + " is not a URL: '" + trimmed + "'");
        }
    }

    private static LtiException invalid(String message) {
        return new LtiException(LtiException.Reason.INVALID, message);
    }
}
