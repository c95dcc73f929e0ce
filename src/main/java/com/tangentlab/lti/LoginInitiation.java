package com.tangentlab.lti;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first step of a launch (OIDC third-party initiated login): the platform names itself and the user,
 * the tool remembers a fresh state and nonce and sends the browser to the platform's auth endpoint, which
 * posts the signed id_token back to the launch URL.
 */
public final class LoginInitiation {
    private final PlatformStore platforms;
    private final LoginStates states;

    LoginInitiation(PlatformStore platforms, LoginStates states) {
        this.platforms = platforms;
        this.states = states;
    }

    /**
     * The platform's parameters, as sent by GET or POST.
     *
     * @param clientId     optional: needed only when one issuer registered the tool more than once
     * @param messageHint  optional, passed back to the platform as it came
     */
    public record Request(String issuer, String loginHint, String targetLinkUri, String clientId, String messageHint) {}

    /** Where to send the browser: the platform's auth endpoint with the request's parameters. */
    public Checked<URI> start(Request request, URI launchUrl) {
        if (blank(request.issuer()) || blank(request.loginHint()) || blank(request.targetLinkUri())) {
            return Checked.refused(Refusal.MISSING_PARAMETER, "login initiation without iss, login_hint or"
                    + " target_link_uri");
        }
        List<Platform> candidates = platforms.byIssuer(request.issuer()).stream()
                .filter(p -> blank(request.clientId()) || p.clientId().equals(request.clientId())).toList();
        if (candidates.size() != 1) {
            return Checked.refused(candidates.isEmpty() ? Refusal.UNKNOWN_PLATFORM : Refusal.MISSING_PARAMETER,
                    candidates.isEmpty() ? "no platform registered as " + request.issuer() + " with client id "
                            + request.clientId() : request.issuer() + " registered the tool " + candidates.size()
                            + " times and sent no client_id");
        }
        Platform platform = candidates.get(0);
        LoginStates.Started started = states.start(platform.id());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.clientId());
        query.put("redirect_uri", launchUrl.toString());
        query.put("login_hint", request.loginHint());
        query.put("state", started.state());
        query.put("nonce", started.nonce());
        if (!blank(request.messageHint())) query.put("lti_message_hint", request.messageHint());
        return new Checked.Accepted<>(withQuery(platform.authEndpoint(), query));
    }

    private static URI withQuery(URI endpoint, Map<String, String> query) {
        String encoded = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String base = endpoint.toString();
        return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + encoded);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
