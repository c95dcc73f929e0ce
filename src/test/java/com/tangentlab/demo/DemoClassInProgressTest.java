package com.tangentlab.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo class is a course in progress on the day it is seeded: its 15 deadlines run from six
 * weeks before that day to two weeks after it, one every 56 / 15 days rounded to whole days, each at
 * 23:59 UTC; so a newcomer trying it as a student meets deadlines behind and ahead, and no submission
 * is dated after the seeding.
 */
class DemoClassInProgressTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"),
            Path.of("reference/samples"));
    private static final int CHEAP_HASH_COST = 4;
    private static final OffsetDateTime SEEDED = OffsetDateTime.parse("2026-10-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SEEDED.toInstant(), ZoneOffset.UTC);

    @Test
    void elevenDeadlinesArePastAndFourAheadAndEverySubmissionIsInThePast(@TempDir Path dataDir) {
        try (TestDatabase database = TestDatabase.fresh(Database.Kind.H2)) {
            var data = database.database().dataSource();
            Offerings offerings = new Offerings(data, CLOCK);
            long course = offerings.first().id();
            CourseRulesStore rules = new CourseRulesStore(data, course);
            DemoClass demo = new DemoClass(CATALOG, new AccountService(data, new Passwords(CHEAP_HASH_COST), CLOCK,
                    Duration.ofHours(1)), new SubmissionStore(data, CLOCK), rules,
                    new SectionViewStore(data, CLOCK, course), CLOCK, offerings.inAccountRole(course));
            DemoClass.Created created = demo.create(dataDir);

            List<OffsetDateTime> due = rules.deadlines().values().stream().sorted().toList();
            assertEquals(15, due.size());
            // The course starts 42 days before the seeding's day, at 23:59: 20 August.
            assertEquals(OffsetDateTime.parse("2026-08-24T23:59:00Z"), due.get(0), "day round(56/15) = 4");
            assertEquals(OffsetDateTime.parse("2026-09-30T23:59:00Z"), due.get(10), "day round(11·56/15) = 41");
            assertEquals(OffsetDateTime.parse("2026-10-04T23:59:00Z"), due.get(11), "day round(12·56/15) = 45");
            assertEquals(OffsetDateTime.parse("2026-10-15T23:59:00Z"), due.get(14), "day 56");
            assertEquals(11, due.stream().filter(d -> d.isBefore(SEEDED)).count(), "behind the seeding");
            assertEquals(4, due.stream().filter(d -> d.isAfter(SEEDED)).count(), "still ahead");
            Instant seeded = SEEDED.toInstant();
            assertFalse(created.web().stream().anyMatch(s -> s.submittedAt().toInstant().isAfter(seeded)),
                    "no submission in the future");
        }
    }
}
