package com.tangentlab.lti;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from their JWKS URLs by nimbus-jose-jwt and cached; a key id the
 * cached set does not hold makes it fetch the set again (a platform that rotated its key), at most as often
 * as the rate limit allows, so a flood of made-up key ids cannot make the tool flood the platform.
 */
final class PlatformKeys {
    /** A platform rotates its keys seldom; an unknown key id fetches at once anyway. */
    static final Duration CACHE_LIFETIME = Duration.ofMinutes(15);
    static final Duration CACHE_REFRESH_WAIT = Duration.ofSeconds(15);
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    /** A JWK set is a few kilobytes; anything near this is not one. */
    static final int FETCH_SIZE_LIMIT = 256 * 1024;

    private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    /**
     * The RSA key {@code kid} of the set at {@code jwksUrl}; empty when the set has no such key.
     *
     * @throws KeySourceException when the set cannot be fetched or read
     */
    Optional<RSAKey> find(URI jwksUrl, String kid) throws KeySourceException {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).keyID(kid).build());
        List<JWK> found = source(jwksUrl).get(selector, null);
        return found.stream().findFirst().map(JWK::toRSAKey);
    }

    private JWKSource<SecurityContext> source(URI jwksUrl) {
        return sources.computeIfAbsent(jwksUrl, url -> {
            int timeout = (int) FETCH_TIMEOUT.toMillis();
            try {
                return JWKSourceBuilder.<SecurityContext>create(url.toURL(),
                        new DefaultResourceRetriever(timeout, timeout, FETCH_SIZE_LIMIT))
                        .cache(CACHE_LIFETIME.toMillis(), CACHE_REFRESH_WAIT.toMillis())
                        .build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("a registered JWKS URL is checked to be http(s): " + url, e);
            }
        });
    }
}
