package com.tangentlab.submit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code limit} events per key in any sliding window of {@code window}. */
public final class RateLimiter {
    private final String events;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    /** {@code events} names what is counted, for the busy message: "submissions", "failed sign-ins". */
    public RateLimiter(String events, int limit, Duration window, Clock clock) {
        this.events = events;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for {@code key}, or throws {@link BusyException} saying when one will be allowed. */
    public synchronized void acquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) times.removeFirst();
        if (times.size() >= limit) {
            long wait = Duration.between(now, times.peekFirst().plus(window)).toSeconds() + 1;
            throw new BusyException(wait, "at most " + limit + " " + events + " per " + window.toSeconds() + " s");
        }
        times.addLast(now);
    }

    /** Gives back the last event of {@code key}, when what it was counted for did not happen. */
    public synchronized void release(String key) {
        Deque<Instant> times = recent.get(key);
        if (times != null && !times.isEmpty()) times.removeLast();
    }
}
