package com.tangentlab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.store.Database;
import com.tangentlab.store.TestDatabase;
import com.tangentlab.submit.BusyException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in throttling by account and source address, and its memory under a flood of distinct names. */
class SignInThrottleTest {
    /** BCrypt's cheapest cost: the tests count failures, they do not measure hashing. */
    private static final int CHEAP_BCRYPT_COST = 4;
    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";
    private static final String ELSEWHERE = "203.0.113.99";
    /**
     * Heap growth allowed over 10,000 failed sign-ins. The throttle's two counts hold at most
     * 2 x 20,000 keys of a few hundred bytes, here in the in-memory database's rows; kept 200 KB
     * names would need 2 GB. What is left
     * (H2's caches, JIT, GC noise of a few MB) stays well inside 24 MB.
     */
    private static final long HEAP_TOLERANCE_BYTES = 24L << 20;
    private static final int FLOOD = 10_000;
    private static final int WELL_FORMED_EVERY = 20;

    private TestDatabase database;
    private String alicePassword;
    private final ManualClock clock = new ManualClock();

    /** A database per test: the counts are kept there, and each test starts with none. */
    @BeforeEach
    void createAccounts() {
        database = TestDatabase.fresh(Database.Kind.H2);
        AccountService setup = new AccountService(database.database().dataSource(), new Passwords(CHEAP_BCRYPT_COST),
                new ManualClock(), Duration.ofHours(1));
        alicePassword = setup.createDemoAccountsIfNone().stream().filter(a -> a.user().username().equals("alice"))
                .findFirst().orElseThrow().password();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AccountService accounts() {
        return new AccountService(database.database().dataSource(), new Passwords(CHEAP_BCRYPT_COST), clock,
                Duration.ofHours(1));
    }

    @Test
    void tenWrongPasswordsFromOnePlaceStopThatPlaceForThatAccountOnly() {
        AccountService accounts = accounts();
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE; i++) {
            assertEquals(Optional.empty(), accounts.login("instructor", "guess-" + i, ATTACKER));
        }
        BusyException refused = assertThrows(BusyException.class,
                () -> accounts.login("instructor", "guess-10", ATTACKER));
        assertTrue(refused.getMessage().contains("one account from one address"), refused.getMessage());
        assertTrue(accounts.login("alice", alicePassword, ATTACKER).isPresent(),
                "the same address still signs in to another account, under the looser per-address limit");
    }

    @Test
    void theOwnersCorrectPasswordFromAPlaceThatHasNotFailedStillWorks() {
        AccountService accounts = accounts();
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE + 5; i++) {
            try {
                accounts.login("alice", "guess-" + i, ATTACKER);
            } catch (BusyException expected) {
                // the attacker is slowed; that is the point
            }
        }
        assertTrue(accounts.login("alice", alicePassword, HOME).isPresent(), "alice signs in from home");
        assertTrue(accounts.login("alice", alicePassword, ELSEWHERE).isPresent(), "and from anywhere else clean");
    }

    @Test
    void oneSourceTryingManyAccountsIsStoppedByItsOwnLooserLimit() {
        AccountService accounts = accounts();
        for (int i = 0; i < SignInThrottle.PER_SOURCE; i++) {
            assertEquals(Optional.empty(), accounts.login("user" + i, "guess", ATTACKER), "failure " + (i + 1));
        }
        BusyException refused = assertThrows(BusyException.class, () -> accounts.login("user-next", "guess", ATTACKER));
        assertTrue(refused.getMessage().contains("from one address"), refused.getMessage());
        assertTrue(accounts.login("alice", alicePassword, HOME).isPresent(), "other places are unaffected");
        clock.advance(SignInThrottle.WINDOW);
        assertEquals(Optional.empty(), accounts.login("user-next", "guess", ATTACKER), "the window passed");
    }

    @Test
    void aNameNoAccountCanHaveIsRefusedWithoutBeingKept() {
        AccountService accounts = accounts();
        assertEquals(Optional.empty(), accounts.login("a".repeat(65), alicePassword, ATTACKER), "65 characters");
        assertEquals(Optional.empty(), accounts.login("Alice", alicePassword, ATTACKER), "upper case");
        assertEquals(Optional.empty(), accounts.login("alice\u0000", alicePassword, ATTACKER), "a NUL");
        assertEquals(1, accounts.throttledKeys(), "only the source is counted");
    }

    @Test
    void theHeapStaysFlatAfterTenThousandDistinctFailedSignIns() {
        AccountService accounts = accounts();
        String longTail = "u".repeat(200_000);
        floodWith(accounts, 200, longTail);
        long before = usedHeapAfterGc();
        floodWith(accounts, FLOOD, longTail);
        long growth = usedHeapAfterGc() - before;
        assertTrue(growth < HEAP_TOLERANCE_BYTES, "the heap grew by " + (growth >> 20) + " MB");
        assertTrue(accounts.throttledKeys() <= SignInThrottle.MAX_KEYS, accounts.throttledKeys() + " keys");
    }

    /**
     * Each from its own address: 200 KB names (the measured attack), and every
     * {@value #WELL_FORMED_EVERY}th a distinct well-formed name of 64 characters, which is
     * looked up and hashed (kept few: each costs a BCrypt check).
     */
    private static void floodWith(AccountService accounts, int count, String longTail) {
        for (int i = 0; i < count; i++) {
            String source = "2001:db8::" + Integer.toHexString(i);
            String name = i % WELL_FORMED_EVERY == 0 ? String.format("%064d", i) : i + longTail;
            assertEquals(Optional.empty(), accounts.login(name, "wrong-password", source));
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
