package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sliding windows behind rate limits and sign-in throttling, in the database that every web node
 * shares: limits and bounds at N and N+1, the window's edge, and two nodes counting one key together.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SlidingWindowTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int LIMIT = 10;
    private static final int ROOMY = 100;

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(kind);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** One node's view of the window {@code name}; two made with one name are two nodes counting together. */
    private SlidingWindow node(String name, int limit, int maxKeys) {
        return new SlidingWindow(database.database().dataSource(), name, limit, MINUTE, maxKeys, clock);
    }

    @Test
    void theTenthEventInAMinuteIsAllowedAndTheEleventhIsRefused() {
        SlidingWindow submissions = node("submissions", LIMIT, ROOMY);
        for (int i = 1; i <= LIMIT; i++) {
            assertEquals(OptionalLong.empty(), submissions.tryRecord("alice"), "event " + i);
        }
        assertEquals(OptionalLong.of(MINUTE.toSeconds() + 1), submissions.tryRecord("alice"), "event 11");
        assertEquals(OptionalLong.empty(), submissions.tryRecord("bob"), "other keys are not affected");
        assertEquals(LIMIT + 1, submissions.events(), "the refused event was not counted");
    }

    @Test
    void anEventLeavesTheWindowExactlyAMinuteLater() {
        SlidingWindow submissions = node("submissions", LIMIT, ROOMY);
        for (int i = 0; i < LIMIT; i++) submissions.tryRecord("alice");
        clock.advance(MINUTE.minusSeconds(1));
        assertEquals(OptionalLong.of(2), submissions.tryRecord("alice"), "59 s later, one more second to wait");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(OptionalLong.empty(), submissions.tryRecord("alice"), "60 s later the first has left");
    }

    @Test
    void twoNodesTakingTheLastPermitsAtOnceGrantExactlyTheLimit() throws Exception {
        List<SlidingWindow> nodes = List.of(node("submissions", LIMIT, ROOMY), node("submissions", LIMIT, ROOMY));
        int tries = LIMIT;
        CyclicBarrier together = new CyclicBarrier(nodes.size());
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (SlidingWindow node : nodes) {
                Callable<Integer> taking = () -> {
                    together.await();
                    int count = 0;
                    for (int i = 0; i < tries; i++) if (node.tryRecord("alice").isEmpty()) count++;
                    return count;
                };
                granted.add(threads.submit(taking));
            }
            assertEquals(LIMIT, granted.get(0).get() + granted.get(1).get(), "20 tries on two nodes, 10 granted");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void takingBackAnEventFreesItsPermitOnEveryNode() {
        SlidingWindow one = node("submissions", LIMIT, ROOMY);
        SlidingWindow other = node("submissions", LIMIT, ROOMY);
        for (int i = 0; i < LIMIT; i++) one.tryRecord("alice");
        assertTrue(other.tryRecord("alice").isPresent(), "the other node sees the limit reached");
        one.removeLatest("alice");
        assertEquals(OptionalLong.empty(), other.tryRecord("alice"), "and the permit given back");
    }

    @Test
    void failuresCheckedAndRecordedApartAreRefusedAtTheLimit() {
        SlidingWindow failures = node("failures", 3, ROOMY);
        failures.record("k");
        failures.record("k");
        assertEquals(OptionalLong.empty(), failures.retryAfterSeconds("k"), "2 failures of 3 allowed");
        failures.record("k");
        assertEquals(OptionalLong.of(MINUTE.toSeconds() + 1), failures.retryAfterSeconds("k"), "the 3rd is the limit");
        assertEquals(OptionalLong.empty(), failures.retryAfterSeconds("other"));
    }

    @Test
    void aKeyKeepsNoMoreEventsThanItsLimit() {
        SlidingWindow failures = node("failures", 2, ROOMY);
        for (int i = 0; i < 50; i++) failures.record("k");
        assertEquals(2, failures.events());
        clock.advance(MINUTE);
        assertEquals(OptionalLong.empty(), failures.retryAfterSeconds("k"), "the latest two have expired too");
    }

    @Test
    void atMostMaxKeysAreKeptTheLeastRecentlyCountedGoingFirst() {
        SlidingWindow failures = node("failures", 1, 3);
        for (String key : new String[] {"a", "b", "c"}) {
            failures.record(key);
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(3, failures.keys(), "N keys fit");
        failures.record("a");
        clock.advance(Duration.ofSeconds(1));
        failures.record("d");
        assertEquals(3, failures.keys(), "the N+1st key evicts one");
        assertEquals(OptionalLong.empty(), failures.retryAfterSeconds("b"), "b was counted least recently: dropped");
        assertTrue(failures.retryAfterSeconds("a").isPresent(), "a was counted again, so it stays");
        assertTrue(failures.retryAfterSeconds("d").isPresent());
    }

    @Test
    void keysWhoseEventsHaveAllExpiredAreDeletedWithThem() {
        SlidingWindow failures = node("failures", LIMIT, ROOMY);
        for (int i = 0; i < 5; i++) failures.record("key-" + i);
        clock.advance(MINUTE);
        failures.record("fresh");
        assertEquals(1, failures.keys());
        assertEquals(1, failures.events());
    }

    @Test
    void windowsOfOtherNamesCountApart() {
        SlidingWindow submissions = node("submissions", 1, ROOMY);
        SlidingWindow runs = node("example runs", 1, ROOMY);
        submissions.tryRecord("alice");
        assertEquals(OptionalLong.empty(), runs.tryRecord("alice"));
    }

    @Test
    void aKeyTooLongForItsColumnIsKeptAsItsHashAndStaysDistinct() {
        SlidingWindow failures = node("failures", 1, ROOMY);
        String longest = "k".repeat(SlidingWindow.MAX_KEY_LENGTH);
        String tooLong = longest + "a";
        String otherTooLong = longest + "b";
        assertEquals(longest, SlidingWindow.stored(longest), "255 characters are kept as they are");
        assertEquals(64, SlidingWindow.stored(tooLong).length(), "256 become their SHA-256 in hex");
        failures.record(tooLong);
        assertTrue(failures.retryAfterSeconds(tooLong).isPresent());
        assertFalse(failures.retryAfterSeconds(otherTooLong).isPresent(), "another long key is another key");
        failures.record(longest);
        assertEquals(2, failures.keys());
    }

    /** A clock that moves only when the test says so; shared by both nodes, as their clocks agree. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
