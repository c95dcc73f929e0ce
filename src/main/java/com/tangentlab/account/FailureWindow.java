package com.tangentlab.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Failures per key in a sliding window, in bounded memory: a key whose failures are all older
 * than the window is forgotten, and past {@code maxKeys} keys the one that failed least
 * recently is dropped, so a flood of distinct keys costs a fixed amount of memory.
 */
final class FailureWindow {
    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    /** In order of each key's latest failure, oldest first, so expiry and eviction look at the head only. */
    private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    FailureWindow(int limit, Duration window, int maxKeys, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Seconds until {@code key} may try again, or empty when it is under the limit. */
    synchronized OptionalLong retryAfterSeconds(String key) {
        Instant now = clock.instant();
        forgetExpired(now);
        Deque<Instant> times = failures.get(key);
        if (times == null) return OptionalLong.empty();
        dropExpired(times, now);
        if (times.size() < limit) return OptionalLong.empty();
        return OptionalLong.of(Duration.between(now, times.peekFirst().plus(window)).toSeconds() + 1);
    }

    synchronized void fail(String key) {
        Instant now = clock.instant();
        forgetExpired(now);
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        dropExpired(times, now);
        times.addLast(now);
        // Only the latest failures matter for the limit; older ones would only cost memory.
        if (times.size() > limit) times.removeFirst();
        if (failures.size() > maxKeys) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    synchronized void forget(String key) {
        failures.remove(key);
    }

    synchronized int keys() {
        return failures.size();
    }

    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<String, Deque<Instant>>> oldestFirst = failures.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Deque<Instant> times = oldestFirst.next().getValue();
            if (times.peekLast().plus(window).isAfter(now)) return;
            oldestFirst.remove();
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) times.removeFirst();
    }
}
