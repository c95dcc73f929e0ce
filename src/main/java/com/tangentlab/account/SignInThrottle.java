package com.tangentlab.account;

import com.tangentlab.store.SlidingWindow;
import com.tangentlab.submit.BusyException;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Against password guessing without handing anyone a lock: wrong passwords are counted per
 * account and source address together, so guessing from one place is slowed while the owner,
 * signing in from a place that has not failed, still gets in; and per source alone, more
 * loosely, so one place cannot try many accounts. Both counts are kept in the database, so that
 * failures sent to different web nodes add up, and both are bounded in rows.
 */
final class SignInThrottle {
    /** Wrong passwords one source may send for one account in {@link #WINDOW}. */
    static final int PER_ACCOUNT_AND_SOURCE = 10;
    /** Wrong passwords one source may send for all accounts together in {@link #WINDOW}. */
    static final int PER_SOURCE = 100;
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** Keys kept per count, each with at most its limit of failures: a few MB of rows at worst. */
    static final int MAX_KEYS = 20_000;

    private final SlidingWindow byAccountAndSource;
    private final SlidingWindow bySource;

    SignInThrottle(DataSource dataSource, Clock clock) {
        this.byAccountAndSource = new SlidingWindow(dataSource, "sign-in failures by account", PER_ACCOUNT_AND_SOURCE,
                WINDOW, MAX_KEYS, clock);
        this.bySource = new SlidingWindow(dataSource, "sign-in failures by address", PER_SOURCE, WINDOW, MAX_KEYS,
                clock);
    }

    /** Throws {@link BusyException} when {@code source} must wait before trying {@code username} again. */
    void check(String username, String source) {
        refuseIfOver(byAccountAndSource.retryAfterSeconds(pair(username, source)), PER_ACCOUNT_AND_SOURCE,
                "failed sign-ins for one account from one address");
        refuseIfOver(bySource.retryAfterSeconds(source), PER_SOURCE, "failed sign-ins from one address");
    }

    void failed(String username, String source) {
        byAccountAndSource.record(pair(username, source));
        bySource.record(source);
    }

    /** A malformed username is no account: only the source's count grows. */
    void failedWithoutAccount(String source) {
        bySource.record(source);
    }

    void succeeded(String username, String source) {
        byAccountAndSource.forget(pair(username, source));
    }

    /** Keys held by the larger of the two counts, for tests of the bound. */
    int trackedKeys() {
        return Math.max(byAccountAndSource.keys(), bySource.keys());
    }

    private static void refuseIfOver(OptionalLong retryAfter, int limit, String what) {
        if (retryAfter.isPresent()) {
            throw new BusyException(retryAfter.getAsLong(), "at most " + limit + " " + what + " per "
                    + WINDOW.toSeconds() + " s");
        }
    }

    private static String pair(String username, String source) {
        return username + '\n' + source;
    }
}
