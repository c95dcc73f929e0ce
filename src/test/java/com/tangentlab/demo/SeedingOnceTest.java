package com.tangentlab.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.NewAccount;
import com.tangentlab.account.Passwords;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.Seedings;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two nodes starting together on one empty database: the demo accounts and the demo class are made once. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SeedingOnceTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"),
            Path.of("reference/samples"));
    private static final int CHEAP_HASH_COST = 4;
    private static final int NODES = 2;
    private static final Clock CLOCK = Clock.systemUTC();

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private DataSource data;

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(kind);
        data = database.database().dataSource();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AccountService accounts() {
        return new AccountService(data, new Passwords(CHEAP_HASH_COST), CLOCK, Duration.ofHours(1));
    }

    private DemoClass demoClass() {
        Offerings offerings = new Offerings(data, CLOCK);
        long course = offerings.first().id();
        return new DemoClass(CATALOG, accounts(), new SubmissionStore(data, CLOCK), new CourseRulesStore(data, course),
                new SectionViewStore(data, CLOCK, course), CLOCK, offerings.inAccountRole(course));
    }

    /** What each of two nodes answers when both do {@code work} at the same moment. */
    private static <T> List<T> onTwoNodesAtOnce(Callable<T> work) throws Exception {
        CyclicBarrier together = new CyclicBarrier(NODES);
        ExecutorService threads = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                answers.add(threads.submit(() -> {
                    together.await();
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> a : answers) results.add(a.get());
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoNodesStartingTogetherCreateTheDemoAccountsOnce() throws Exception {
        List<List<NewAccount>> created = onTwoNodesAtOnce(() -> accounts().createDemoAccountsIfNone());

        assertEquals(List.of(0, 3), created.stream().map(List::size).sorted().toList(),
                "one node creates the three accounts and prints their passwords, the other nothing");
        assertEquals(3, accounts().users().size());
        assertTrue(accounts().createDemoAccountsIfNone().isEmpty(), "a later start creates nothing either");
    }

    @Test
    void twoNodesStartingTogetherSeedTheDemoClassOnce() throws Exception {
        accounts().createDemoAccountsIfNone();
        List<Boolean> claimed = onTwoNodesAtOnce(() -> demoClass().claimIfNoClass(new Seedings(data, CLOCK)));

        assertEquals(List.of(false, true), claimed.stream().sorted().toList(), "exactly one node seeds");
        assertFalse(demoClass().claimIfNoClass(new Seedings(data, CLOCK)), "nor does a later start");
    }

    @Test
    void aDatabaseWithAClassIsNeverSeeded() {
        accounts().importRoster("username,display_name,password\ncarol,Carol,carol-pass-1\n");
        assertFalse(demoClass().claimIfNoClass(new Seedings(data, CLOCK)));
        assertTrue(new Seedings(data, CLOCK).claim(DemoClass.SEEDING), "and nothing was claimed for it");
    }
}
