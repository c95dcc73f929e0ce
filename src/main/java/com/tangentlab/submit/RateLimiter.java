package com.tangentlab.submit;

import com.tangentlab.store.SlidingWindow;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * At most {@code limit} events per key in any sliding window of {@code window}, counted in the database,
 * so that a user sending to several web nodes has one limit, not one per node.
 */
public final class RateLimiter {
    /**
     * Users counted at once. The keys are signed-in usernames, so the accounts bound them already, and a
     * user idle for a window is forgotten; this bound is far above any class, so it never drops a real user.
     */
    static final int MAX_USERS = 100_000;

    private final String events;
    private final int limit;
    private final Duration window;
    private final SlidingWindow counts;

    /** {@code events} names what is counted, for the busy message and the rows: "submissions", "example runs". */
    public RateLimiter(DataSource dataSource, String events, int limit, Duration window, Clock clock) {
        this.events = events;
        this.limit = limit;
        this.window = window;
        this.counts = new SlidingWindow(dataSource, events, limit, window, MAX_USERS, clock);
    }

    /** Counts one event for {@code key}, or throws {@link BusyException} saying when one will be allowed. */
    public void acquire(String key) {
        OptionalLong wait = counts.tryRecord(key);
        if (wait.isPresent()) {
            throw new BusyException(wait.getAsLong(), "at most " + limit + " " + events + " per "
                    + window.toSeconds() + " s");
        }
    }

    /** Gives back the last event of {@code key}, when what it was counted for did not happen. */
    public void release(String key) {
        counts.removeLatest(key);
    }
}
