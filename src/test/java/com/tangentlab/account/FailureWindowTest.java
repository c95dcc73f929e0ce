package com.tangentlab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureWindowTest {
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private final ManualClock clock = new ManualClock();

    @Test
    void aKeyIsRefusedAtItsLimitAndNotBefore() {
        FailureWindow window = new FailureWindow(3, WINDOW, 100, clock);
        for (int i = 0; i < 2; i++) window.fail("k");
        assertFalse(window.retryAfterSeconds("k").isPresent(), "2 failures of 3 allowed");
        window.fail("k");
        assertEquals(WINDOW.toSeconds() + 1, window.retryAfterSeconds("k").getAsLong(), "the 3rd failure is the limit");
        assertFalse(window.retryAfterSeconds("other").isPresent(), "other keys are not affected");
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenWithTheirKey() {
        FailureWindow window = new FailureWindow(3, WINDOW, 100, clock);
        for (int i = 0; i < 3; i++) window.fail("k");
        clock.advance(WINDOW.minusSeconds(1));
        assertTrue(window.retryAfterSeconds("k").isPresent(), "still inside the window");
        clock.advance(Duration.ofSeconds(1));
        assertFalse(window.retryAfterSeconds("k").isPresent(), "the window has passed");
        assertEquals(0, window.keys(), "an expired key is not kept");
    }

    @Test
    void atMostMaxKeysAreKeptTheLeastRecentlyFailedGoingFirst() {
        FailureWindow window = new FailureWindow(1, WINDOW, 3, clock);
        for (String key : new String[] {"a", "b", "c"}) window.fail(key);
        assertEquals(3, window.keys(), "N keys fit");
        window.fail("a");
        window.fail("d");
        assertEquals(3, window.keys(), "the N+1st key evicts one");
        assertFalse(window.retryAfterSeconds("b").isPresent(), "b failed least recently and was dropped");
        assertTrue(window.retryAfterSeconds("a").isPresent(), "a failed again, so it stays");
        assertTrue(window.retryAfterSeconds("d").isPresent());
    }

    @Test
    void aKeyKeepsNoMoreFailuresThanItsLimit() {
        FailureWindow window = new FailureWindow(2, WINDOW, 100, clock);
        for (int i = 0; i < 1000; i++) window.fail("k");
        clock.advance(WINDOW);
        assertFalse(window.retryAfterSeconds("k").isPresent());
    }

    @Test
    void forgettingAKeyClearsItsFailures() {
        FailureWindow window = new FailureWindow(1, WINDOW, 100, clock);
        window.fail("k");
        window.forget("k");
        assertFalse(window.retryAfterSeconds("k").isPresent());
    }
}
