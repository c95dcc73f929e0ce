package com.tangentlab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.store.Database;
import com.tangentlab.submit.BusyException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Rosters are checked whole before any hashing; large ones run as jobs whose passwords are collected once. */
class RosterImportTest {
    /**
     * BCrypt's cheapest cost, through the constructor kept for tests: 10,000 hashes at the real
     * cost take some ten minutes of one core, and what is tested here is that none is lost.
     */
    private static final int TEST_COST = 4;
    private static final int LARGE_CLASS = 10_000;
    /** Far beyond 10,000 cheap hashes even on a loaded machine; only a stuck job reaches it. */
    private static final Duration JOB_LIMIT = Duration.ofMinutes(15);

    /** The course the jobs are started for; only its instructors see them. */
    private static final long COURSE = 1;
    private static final long OTHER_COURSE = 2;

    private Database database;
    private AccountService accounts;
    private RosterImports imports;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:roster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        accounts = new AccountService(database.dataSource(), new Passwords(TEST_COST), Clock.systemUTC(),
                Duration.ofHours(1));
        accounts.createDemoAccountsIfNone();
        imports = new RosterImports(accounts);
    }

    @AfterEach
    void close() {
        imports.close();
        database.close();
    }

    @Test
    void aTenThousandLineRosterLosesNoPasswordAndItsResultIsCollectedOnce() throws Exception {
        RosterImports.Status started = imports.start(COURSE, accounts.checkRoster(roster(LARGE_CLASS)), Enrolment.NONE);
        assertEquals(LARGE_CLASS, started.total());
        RosterImports.Status done = awaitEnd(started.id());
        assertEquals(RosterImports.State.DONE, done.state(), done.toString());
        assertEquals(LARGE_CLASS, done.hashed());

        List<NewAccount> created = imports.collect(COURSE, started.id());
        assertEquals(LARGE_CLASS, created.size());
        Set<String> passwords = new HashSet<>();
        created.forEach(a -> passwords.add(a.password()));
        assertEquals(LARGE_CLASS, passwords.size(), "every student has a password of their own");
        for (int i : List.of(0, LARGE_CLASS / 2, LARGE_CLASS - 1)) {
            NewAccount a = created.get(i);
            assertTrue(accounts.login(a.user().username(), a.password(), "127.0.0.1").isPresent(), a.user().username());
        }
        assertEquals(LARGE_CLASS + accounts.demoUsers().size(), accounts.users().size());

        AccountException again = assertThrows(AccountException.class, () -> imports.collect(COURSE, started.id()));
        assertEquals(AccountException.Reason.GONE, again.reason());
        assertEquals(RosterImports.State.COLLECTED, imports.status(COURSE, started.id()).state());
    }

    @Test
    void aBadLastLineIsFoundBeforeAnyPasswordIsHashed() {
        String bad = roster(LARGE_CLASS - 1) + "s99999,,\n";
        AccountException e = assertThrows(AccountException.class, () -> accounts.checkRoster(bad));
        assertEquals(AccountException.Reason.INVALID, e.reason());
        assertTrue(e.getMessage().startsWith("roster line " + (LARGE_CLASS + 1) + ":"), e.getMessage());
    }

    @Test
    void aTakenUsernameOnTheLastLineIsFoundBeforeAnyPasswordIsHashed() {
        String taken = roster(LARGE_CLASS - 1) + "alice,Another Alice,\n";
        AccountException e = assertThrows(AccountException.class, () -> accounts.checkRoster(taken));
        assertEquals(AccountException.Reason.CONFLICT, e.reason());
        assertEquals("the username alice is taken", e.getMessage());
    }

    @Test
    void aRosterOfTheMostAccountsIsAcceptedAndOneMoreIsRefused() {
        assertEquals(Roster.MAX_ACCOUNTS, Roster.parse(roster(Roster.MAX_ACCOUNTS)).size());
        AccountException e = assertThrows(AccountException.class, () -> Roster.parse(roster(Roster.MAX_ACCOUNTS + 1)));
        assertTrue(e.getMessage().contains("at most " + Roster.MAX_ACCOUNTS), e.getMessage());
    }

    @Test
    void aNameTakenWhileTheJobRanFailsItAndCreatesNobody() throws Exception {
        CheckedRoster checked = accounts.checkRoster("carol,Carol,\ndave,Dave,\n");
        accounts.importRoster("dave,Dave Early,\n");
        RosterImports.Status failed = awaitEnd(imports.start(COURSE, checked, Enrolment.NONE).id());
        assertEquals(RosterImports.State.FAILED, failed.state());
        assertEquals("the username dave is taken", failed.failure());
        assertEquals(AccountException.Reason.CONFLICT,
                assertThrows(AccountException.class, () -> imports.collect(COURSE, failed.id())).reason());
        assertFalse(accounts.users().stream().anyMatch(u -> u.username().equals("carol")), "all or nothing");
    }

    @Test
    void jobsHoldingPasswordsAreBoundedAndOneMoreIsBusy() throws Exception {
        for (int i = 0; i < RosterImports.MAX_OPEN_JOBS; i++) {
            awaitEnd(imports.start(COURSE, accounts.checkRoster("job" + i + ",Job " + i + ",\n"), Enrolment.NONE).id());
        }
        CheckedRoster more = accounts.checkRoster("late,Late,\n");
        assertThrows(BusyException.class, () -> imports.start(COURSE, more, Enrolment.NONE));
        imports.collect(COURSE, 1);
        assertEquals(RosterImports.State.DONE, awaitEnd(imports.start(COURSE, more, Enrolment.NONE).id()).state(),
                "a collected job makes room");
    }

    @Test
    void anotherCourseNeitherSeesNorCollectsAJob() throws Exception {
        long id = awaitEnd(imports.start(COURSE, accounts.checkRoster("erin,Erin,\n"), Enrolment.NONE).id()).id();

        for (Executable peek : List.<Executable>of(() -> imports.status(OTHER_COURSE, id),
                () -> imports.collect(OTHER_COURSE, id))) {
            assertEquals(AccountException.Reason.NOT_FOUND, assertThrows(AccountException.class, peek).reason());
        }
        assertEquals(1, imports.collect(COURSE, id).size(), "the passwords are still there for the course's own");
    }

    private RosterImports.Status awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_LIMIT.toNanos();
        RosterImports.Status s = imports.status(COURSE, id);
        while ((s.state() == RosterImports.State.QUEUED || s.state() == RosterImports.State.RUNNING)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            s = imports.status(COURSE, id);
        }
        return s;
    }

    /** {@code count} students with generated passwords, after the header line. */
    private static String roster(int count) {
        StringBuilder csv = new StringBuilder("username,display_name,password\n");
        for (int i = 1; i <= count; i++) csv.append(String.format("s%05d,Student %d,\n", i, i));
        return csv.toString();
    }
}
