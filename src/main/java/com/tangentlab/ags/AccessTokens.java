package com.tangentlab.ags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.ToolKeys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 access tokens a platform's Assignment and Grade Services ask for, got by the client-credentials
 * grant with a JWT assertion signed by the tool's key (the LTI 1.3 security framework), and kept per platform
 * until shortly before they expire, so that a burst of scores costs one token request.
 */
public final class AccessTokens {
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    /** The assertion only has to survive its one trip to the token endpoint. */
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** A token this close to its expiry is renewed instead of sent, so that it cannot expire on the way. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** A token answer is a few hundred bytes; more than this is read no further, so a platform cannot fill the heap. */
    static final int ANSWER_BYTES_LIMIT = 64 * 1024;
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ToolKeys keys;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {}

    public AccessTokens(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    }

    /** A token for the line-item and score scopes of {@code platform}: the cached one while it holds. */
    public String tokenFor(Platform platform) {
        Token cached = cache.get(platform.id());
        if (cached != null && clock.instant().isBefore(cached.expires().minus(RENEW_BEFORE_EXPIRY))) {
            return cached.value();
        }
        Token fresh = request(platform);
        cache.put(platform.id(), fresh);
        return fresh.value();
    }

    private Token request(Platform platform) {
        Map<String, String> form = Map.of("grant_type", "client_credentials", "client_assertion_type", ASSERTION_TYPE,
                "client_assertion", assertion(platform), "scope", LINE_ITEM_SCOPE + " " + SCORE_SCOPE);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(platform.tokenEndpoint()).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<InputStream> answer = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = answer.body()) {
                if (answer.statusCode() != 200) {
                    throw new AgsException("the token endpoint " + platform.tokenEndpoint() + " answered "
                            + answer.statusCode());
                }
                byte[] bytes = in.readNBytes(ANSWER_BYTES_LIMIT + 1);
                if (bytes.length > ANSWER_BYTES_LIMIT) {
                    throw new AgsException("the token endpoint " + platform.tokenEndpoint() + " answered more than "
                            + ANSWER_BYTES_LIMIT + " bytes");
                }
                return token(new String(bytes, StandardCharsets.UTF_8), platform);
            }
        } catch (IOException e) {
            throw new AgsException("cannot reach the token endpoint " + platform.tokenEndpoint() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgsException("interrupted while asking " + platform.tokenEndpoint() + " for a token", e);
        }
    }

    private Token token(String body, Platform platform) throws IOException {
        JsonNode answer = json.readTree(body);
        JsonNode value = answer.path("access_token");
        JsonNode expiresIn = answer.path("expires_in");
        if (!value.isTextual() || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            throw new AgsException("the token endpoint " + platform.tokenEndpoint()
                    + " answered no access_token with a positive expires_in");
        }
        return new Token(value.asText(), clock.instant().plusSeconds(expiresIn.asLong()));
    }

    /** iss and sub the client id, aud the token endpoint, and a fresh jti, as the security framework asks. */
    private String assertion(Platform platform) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenEndpoint().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the tool's own RSA key cannot sign", e);
        }
        return jwt.serialize();
    }
}
