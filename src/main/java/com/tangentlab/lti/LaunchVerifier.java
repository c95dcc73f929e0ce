package com.tangentlab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an id_token posted to the launch URL, every step named so that each failure is refused for its own
 * reason: the state names a login this tool started; the token is RS256-signed by a key the platform
 * publishes; iss, aud and azp are the registered platform's and the tool's; it is in date; its nonce is the
 * login's and used for the first time; its deployment is registered; it is an LTI 1.3.0 message of a type
 * the tool handles, naming its user and roles. nimbus-jose-jwt parses and checks the signature.
 */
public final class LaunchVerifier {
    /** Clocks of platform and tool differ; a minute either way is what OpenID Connect libraries allow. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final int MAX_DISPLAY_NAME = 255;

    private final PlatformStore platforms;
    private final LoginStates states;
    private final PlatformKeys keys;
    private final Clock clock;

    LaunchVerifier(PlatformStore platforms, LoginStates states, PlatformKeys keys, Clock clock) {
        this.platforms = platforms;
        this.states = states;
        this.keys = keys;
        this.clock = clock;
    }

    public Checked<Launch> verify(String state, String idToken) {
        if (state == null || idToken == null || state.isBlank() || idToken.isBlank()) {
            return Checked.refused(Refusal.MISSING_PARAMETER, "launch without state or id_token");
        }
        Optional<LoginStates.Started> login = states.find(state);
        if (login.isEmpty()) return Checked.refused(Refusal.BAD_STATE, "unknown or expired state");
        Optional<Platform> platform = platforms.find(login.get().platformId());
        if (platform.isEmpty()) return Checked.refused(Refusal.UNKNOWN_PLATFORM, "the platform was removed");
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Checked.refused(Refusal.MALFORMED_TOKEN, "id_token is not a signed JWT: " + e.getMessage());
        }
        return verified(login.get(), platform.get(), jwt, claims);
    }

    private Checked<Launch> verified(LoginStates.Started login, Platform platform, SignedJWT jwt,
            JWTClaimsSet claims) {
        Checked<Launch> refused = signature(platform, jwt);
        if (refused == null) refused = addressing(platform, claims);
        if (refused == null) refused = dates(claims);
        if (refused == null) refused = nonce(login, platform, claims);
        if (refused == null) refused = message(platform, claims);
        return refused != null ? refused : launch(platform, claims);
    }

    private Checked<Launch> signature(Platform platform, SignedJWT jwt) {
        if (!ToolKeys.ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
            return Checked.refused(Refusal.BAD_SIGNATURE, "algorithm " + jwt.getHeader().getAlgorithm()
                    + " instead of RS256");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null) return Checked.refused(Refusal.UNKNOWN_KEY, "the token's header names no key (kid)");
        try {
            Optional<RSAKey> key = keys.find(platform.jwksUrl(), kid);
            if (key.isEmpty()) {
                return Checked.refused(Refusal.UNKNOWN_KEY, "kid " + kid + " is not in " + platform.jwksUrl());
            }
            if (!jwt.verify(new RSASSAVerifier(key.get()))) {
                return Checked.refused(Refusal.BAD_SIGNATURE, "signature does not verify with kid " + kid);
            }
            return null;
        } catch (KeySourceException e) {
            return Checked.refused(Refusal.PLATFORM_UNREACHABLE, "cannot fetch " + platform.jwksUrl() + ": "
                    + e.getMessage());
        } catch (JOSEException e) {
            return Checked.refused(Refusal.BAD_SIGNATURE, "the key cannot verify: " + e.getMessage());
        }
    }

    private static Checked<Launch> addressing(Platform platform, JWTClaimsSet claims) {
        if (!platform.issuer().equals(claims.getIssuer())) {
            return Checked.refused(Refusal.WRONG_ISSUER, "iss " + claims.getIssuer() + " but the login was with "
                    + platform.issuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(platform.clientId())) {
            return Checked.refused(Refusal.WRONG_AUDIENCE, "aud " + audience + " lacks " + platform.clientId());
        }
        String azp = stringClaim(claims, Claims.AUTHORIZED_PARTY);
        // OpenID Connect: azp must be the client when present, and must be present with several audiences.
        if ((azp != null && !azp.equals(platform.clientId())) || (azp == null && audience.size() > 1)) {
            return Checked.refused(Refusal.WRONG_AUDIENCE, "azp " + azp + " is not " + platform.clientId());
        }
        return null;
    }

    private Checked<Launch> dates(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null) return Checked.refused(Refusal.MISSING_CLAIM, "exp or iat missing");
        Instant now = clock.instant();
        if (!expires.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            return Checked.refused(Refusal.EXPIRED, "exp " + expires.toInstant() + " is past at " + now);
        }
        if (issued.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
            return Checked.refused(Refusal.ISSUED_IN_FUTURE, "iat " + issued.toInstant() + " is after " + now);
        }
        return null;
    }

    private Checked<Launch> nonce(LoginStates.Started login, Platform platform, JWTClaimsSet claims) {
        String nonce = stringClaim(claims, Claims.NONCE);
        if (!login.nonce().equals(nonce)) {
            return Checked.refused(Refusal.NONCE_MISMATCH, "the token's nonce is not the login's");
        }
        OffsetDateTime until = OffsetDateTime.ofInstant(claims.getExpirationTime().toInstant().plus(CLOCK_SKEW),
                ZoneOffset.UTC);
        if (!states.useNonce(platform.id(), nonce, until)) {
            return Checked.refused(Refusal.REPLAYED_NONCE, "nonce used by an earlier launch");
        }
        return null;
    }

    private static Checked<Launch> message(Platform platform, JWTClaimsSet claims) {
        String deployment = stringClaim(claims, Claims.DEPLOYMENT_ID);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            return Checked.refused(Refusal.UNREGISTERED_DEPLOYMENT, "deployment " + deployment + " is not one of "
                    + platform.deploymentIds());
        }
        if (messageType(claims).isEmpty()) {
            return Checked.refused(Refusal.WRONG_MESSAGE_TYPE, "message type "
                    + stringClaim(claims, Claims.MESSAGE_TYPE));
        }
        if (!Claims.LTI_VERSION.equals(stringClaim(claims, Claims.VERSION))) {
            return Checked.refused(Refusal.WRONG_VERSION, "version " + stringClaim(claims, Claims.VERSION));
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank() || listClaim(claims, Claims.ROLES) == null) {
            return Checked.refused(Refusal.MISSING_CLAIM, "sub or roles missing (anonymous launches are not served)");
        }
        return null;
    }

    private static Checked<Launch> launch(Platform platform, JWTClaimsSet claims) {
        Launch.MessageType type = messageType(claims).orElseThrow();
        Map<String, Object> context = objectClaim(claims, Claims.CONTEXT);
        Map<String, Object> linking = objectClaim(claims, Claims.DEEP_LINKING_SETTINGS);
        Launch.DeepLinking deepLinking = null;
        if (type == Launch.MessageType.DEEP_LINKING) {
            Object returnUrl = linking == null ? null : linking.get("deep_link_return_url");
            if (returnUrl == null) {
                return Checked.refused(Refusal.MISSING_CLAIM, "deep linking request without deep_link_return_url");
            }
            deepLinking = new Launch.DeepLinking(URI.create(returnUrl.toString()),
                    linking.get("data") == null ? null : linking.get("data").toString());
        }
        return new Checked.Accepted<>(new Launch(platform, stringClaim(claims, Claims.DEPLOYMENT_ID), type,
                claims.getSubject(), displayName(claims), LtiRole.of(listClaim(claims, Claims.ROLES)),
                context == null || context.get("id") == null ? null : new Launch.Context(
                        context.get("id").toString(), String.valueOf(context.getOrDefault("title", ""))),
                custom(claims), deepLinking));
    }

    private static Optional<Launch.MessageType> messageType(JWTClaimsSet claims) {
        String claim = stringClaim(claims, Claims.MESSAGE_TYPE);
        for (Launch.MessageType type : Launch.MessageType.values()) {
            if (type.claim().equals(claim)) return Optional.of(type);
        }
        return Optional.empty();
    }

    /** The user's name as the platform gives it, cut to what an account holds, or a neutral one. */
    private static String displayName(JWTClaimsSet claims) {
        String name = stringClaim(claims, "name");
        if (name == null || name.isBlank()) {
            String given = stringClaim(claims, "given_name");
            String family = stringClaim(claims, "family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        String clean = name.replaceAll("\\p{Cntrl}", " ").trim();
        if (clean.isEmpty()) return "Learner from the course";
        return clean.length() > MAX_DISPLAY_NAME ? clean.substring(0, MAX_DISPLAY_NAME) : clean;
    }

    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, Object> custom = objectClaim(claims, Claims.CUSTOM);
        Map<String, String> values = new HashMap<>();
        if (custom != null) custom.forEach((k, v) -> { if (v != null) values.put(k, v.toString()); });
        return values;
    }

    /** A claim of the wrong JSON type counts as absent: the checks above then refuse it by name. */
    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private static List<String> listClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringListClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    private static Map<String, Object> objectClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
