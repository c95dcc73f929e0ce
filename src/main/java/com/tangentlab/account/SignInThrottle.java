package com.tangentlab.account;

import com.tangentlab.submit.BusyException;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Against password guessing without handing anyone a lock: wrong passwords are counted per
 * account and source address together, so guessing from one place is slowed while the owner,
 * signing in from a place that has not failed, still gets in; and per source alone, more
 * loosely, so one place cannot try many accounts. Both counts live in bounded memory.
 */
final class SignInThrottle {
    /** Wrong passwords one source may send for one account in {@link #WINDOW}. */
    static final int PER_ACCOUNT_AND_SOURCE = 10;
    /** Wrong passwords one source may send for all accounts together in {@link #WINDOW}. */
    static final int PER_SOURCE = 100;
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** Keys kept per count: about 200 bytes each, so well under 10 MB at worst. */
    static final int MAX_KEYS = 20_000;

    private final FailureWindow byAccountAndSource;
    private final FailureWindow bySource;

    SignInThrottle(Clock clock) {
        this.byAccountAndSource = new FailureWindow(PER_ACCOUNT_AND_SOURCE, WINDOW, MAX_KEYS, clock);
        this.bySource = new FailureWindow(PER_SOURCE, WINDOW, MAX_KEYS, clock);
    }

    /** Throws {@link BusyException} when {@code source} must wait before trying {@code username} again. */
    void check(String username, String source) {
        refuseIfOver(byAccountAndSource.retryAfterSeconds(pair(username, source)), PER_ACCOUNT_AND_SOURCE,
                "failed sign-ins for one account from one address");
        refuseIfOver(bySource.retryAfterSeconds(source), PER_SOURCE, "failed sign-ins from one address");
    }

    void failed(String username, String source) {
        byAccountAndSource.fail(pair(username, source));
        bySource.fail(source);
    }

    /** A malformed username is no account: only the source's count grows. */
    void failedWithoutAccount(String source) {
        bySource.fail(source);
    }

    void succeeded(String username, String source) {
        byAccountAndSource.forget(pair(username, source));
    }

    /** Keys held by the larger of the two counts, for tests of the memory bound. */
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
