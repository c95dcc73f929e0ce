package com.tangentlab.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.tangentlab.account.ManualClock;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.PlatformStore;
import com.tangentlab.lti.TestPlatform;
import com.tangentlab.lti.ToolKeys;
import com.tangentlab.store.Database;
import com.tangentlab.store.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access tokens for a platform's grade services: asked for with a signed assertion, kept until they expire. */
class AccessTokensTest {
    private TestPlatform platform;
    private TestDatabase database;
    private ToolKeys keys;
    private Platform registered;
    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void start() {
        platform = TestPlatform.start();
        database = TestDatabase.fresh(Database.Kind.H2);
        keys = new ToolKeys(database.database().dataSource(), clock);
        registered = new PlatformStore(database.database().dataSource(), clock).register(platform.registration(),
                "instructor");
    }

    @AfterEach
    void stop() {
        platform.close();
        database.close();
    }

    @Test
    void aTokenIsAskedForOnceWithAnAssertionTheToolsKeySignedAndKeptUntilShortlyBeforeItExpires() throws Exception {
        platform.trustTool(JWKSet.parse(keys.publicJwks()));
        AccessTokens tokens = new AccessTokens(keys, clock);
        assertEquals("token-1", tokens.tokenFor(registered));
        clock.advance(Duration.ofSeconds(TestPlatform.ACCESS_TOKEN_SECONDS).minus(AccessTokens.RENEW_BEFORE_EXPIRY)
                .minusSeconds(1));
        assertEquals("token-1", tokens.tokenFor(registered), "still valid: no second request");
        assertEquals(1, platform.tokenRequests().size());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", tokens.tokenFor(registered), "about to expire: renewed");
        assertEquals(2, platform.tokenRequests().size());
        assertEquals(2, platform.tokenRequests().stream().map(c -> c.getJWTID()).distinct().count(),
                "each assertion has its own jti");
    }

    @Test
    void aPlatformThatDoesNotKnowTheToolsKeyRefusesAndTheErrorSaysWhatItAnswered() {
        AgsException refused = assertThrows(AgsException.class, () -> new AccessTokens(keys, clock)
                .tokenFor(registered));
        assertTrue(refused.getMessage().contains("answered 401"), refused.getMessage());
        assertEquals(0, platform.tokenRequests().size());
    }
}
