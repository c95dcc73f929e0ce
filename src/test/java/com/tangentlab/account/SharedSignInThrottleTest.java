package com.tangentlab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.store.Database;
import com.tangentlab.store.TestDatabase;
import com.tangentlab.submit.BusyException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failed sign-ins are counted in the database: wrong passwords sent to two web nodes add up to one limit,
 * at its boundary, and leave it together when the window has passed.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SharedSignInThrottleTest {
    private static final int CHEAP_BCRYPT_COST = 4;
    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private final ManualClock clock = new ManualClock();
    private String alicePassword;
    private List<AccountService> nodes;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        database = TestDatabase.fresh(kind);
        nodes = List.of(node(), node());
        alicePassword = nodes.get(0).createDemoAccountsIfNone().stream()
                .filter(a -> a.user().username().equals("alice")).findFirst().orElseThrow().password();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AccountService node() {
        return new AccountService(database.database().dataSource(), new Passwords(CHEAP_BCRYPT_COST), clock,
                Duration.ofHours(1));
    }

    /** The node that the {@code i}th request reaches: they alternate, as behind a round-robin proxy. */
    private AccountService nodeFor(int i) {
        return nodes.get(i % nodes.size());
    }

    @Test
    void tenWrongPasswordsSpreadOverTwoNodesAreAllowedAndTheEleventhIsRefusedOnBoth() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE; i++) {
            assertEquals(Optional.empty(), nodeFor(i).login("alice", "guess-" + i, ATTACKER), "failure " + (i + 1));
        }
        for (AccountService node : nodes) {
            BusyException refused = assertThrows(BusyException.class, () -> node.login("alice", "guess", ATTACKER));
            assertTrue(refused.getMessage().contains("one account from one address"), refused.getMessage());
        }
        assertTrue(nodes.get(1).login("alice", alicePassword, HOME).isPresent(), "the owner from home gets in");
    }

    @Test
    void theAddressMayTryAgainOnEitherNodeOnceTheWindowHasPassed() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE; i++) nodeFor(i).login("alice", "guess", ATTACKER);
        clock.advance(SignInThrottle.WINDOW.minusSeconds(1));
        assertThrows(BusyException.class, () -> nodes.get(1).login("alice", "guess", ATTACKER), "a second early");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(nodes.get(1).login("alice", alicePassword, ATTACKER).isPresent(), "the window has passed");
    }

    @Test
    void aHundredFailuresFromOneAddressOverManyAccountsAndBothNodesStopItsHundredAndFirst() {
        for (int i = 0; i < SignInThrottle.PER_SOURCE; i++) {
            assertEquals(Optional.empty(), nodeFor(i).login("user" + i, "guess", ATTACKER), "failure " + (i + 1));
        }
        for (AccountService node : nodes) {
            BusyException refused = assertThrows(BusyException.class, () -> node.login("user-next", "guess", ATTACKER));
            assertTrue(refused.getMessage().contains("from one address"), refused.getMessage());
        }
        assertTrue(nodes.get(0).login("alice", alicePassword, HOME).isPresent(), "other places are unaffected");
    }

    @Test
    void aSuccessfulSignInOnOneNodeClearsTheAccountsCountOnTheOther() {
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE - 1; i++) nodeFor(i).login("alice", "guess", HOME);
        assertTrue(nodes.get(0).login("alice", alicePassword, HOME).isPresent());
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE; i++) {
            assertEquals(Optional.empty(), nodes.get(1).login("alice", "typo", HOME), "a fresh count: " + (i + 1));
        }
    }
}
