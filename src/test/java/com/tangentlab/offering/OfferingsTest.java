package com.tangentlab.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.store.Database;
import com.tangentlab.store.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Offerings and their rosters, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class OfferingsTest {
    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final int CHEAP_HASH_COST = 4;

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private Offerings offerings;

    @BeforeEach
    void openWithThreeAccounts() {
        database = TestDatabase.fresh(kind);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        new AccountService(database.database().dataSource(), new Passwords(CHEAP_HASH_COST), clock, Duration.ofHours(1))
                .importRoster("username,display_name,password\nalice,Alice,alice-pass-1\nbob,Bob,bob-pass-22\n"
                        + "carol,Carol,carol-pass-3\n");
        offerings = new Offerings(database.database().dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCreatedOfferingIsFoundByItsIdWithItsTitleAndIsNotArchived() {
        Offering spring = offerings.create("  Spring 2027, section A ");

        assertEquals(Optional.of(new Offering(spring.id(), "Spring 2027, section A", false, NOW)),
                offerings.find(spring.id()));
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertEquals(Optional.empty(), offerings.find(987_654));
    }

    @Test
    void aUserBelongsToSeveralOfferingsWithARoleInEach() {
        Offering a = offerings.create("Spring 2027, section A");
        Offering b = offerings.create("Spring 2027, section B");
        offerings.putMember(a.id(), "alice", OfferingRole.STUDENT);
        offerings.putMember(b.id(), "alice", OfferingRole.TEACHING_ASSISTANT);

        assertEquals(Optional.of(OfferingRole.STUDENT), offerings.roleOf(a.id(), "alice"));
        assertEquals(Optional.of(OfferingRole.TEACHING_ASSISTANT), offerings.roleOf(b.id(), "alice"));
        assertEquals(List.of(new Membership(a, OfferingRole.STUDENT), new Membership(b, OfferingRole.TEACHING_ASSISTANT)),
                offerings.offeringsOf("alice"));
    }

    @Test
    void puttingAMemberAgainChangesTheRoleAndAddsNoSecondRow() {
        Offering a = offerings.create("Spring 2027, section A");
        offerings.putMember(a.id(), "bob", OfferingRole.STUDENT);
        offerings.putMember(a.id(), "bob", OfferingRole.INSTRUCTOR);

        assertEquals(List.of(new Membership(a, OfferingRole.INSTRUCTOR)), offerings.offeringsOf("bob"));
    }

    @Test
    void aNonMemberHasNoRoleAndNoOfferings() {
        Offering a = offerings.create("Spring 2027, section A");
        offerings.putMember(a.id(), "alice", OfferingRole.STUDENT);

        assertEquals(Optional.empty(), offerings.roleOf(a.id(), "carol"));
        assertEquals(List.of(), offerings.offeringsOf("carol"));
    }

    @Test
    void anUnknownAccountOrOfferingIsRefusedByName() {
        Offering a = offerings.create("Spring 2027, section A");

        OfferingException noAccount = assertThrows(OfferingException.class,
                () -> offerings.putMember(a.id(), "mallory", OfferingRole.STUDENT));
        OfferingException noOffering = assertThrows(OfferingException.class,
                () -> offerings.putMember(987_654, "alice", OfferingRole.STUDENT));

        assertEquals("no account mallory", noAccount.getMessage());
        assertEquals("no course 987654", noOffering.getMessage());
        assertFalse(offerings.roleOf(a.id(), "mallory").isPresent());
    }

    @Test
    void aBlankOverlongOrControlCharacterTitleIsRefusedWithWhy() {
        record Case(String title, String message) {}
        for (Case c : List.of(new Case("   ", "a course needs a title"), new Case(null, "a course needs a title"),
                new Case("x".repeat(256), "a course title has at most 255 characters, not 256"),
                new Case("Spring\u00072027", "a course title has no control characters"))) {
            OfferingException refused = assertThrows(OfferingException.class, () -> offerings.create(c.title()));
            assertEquals(OfferingException.Reason.INVALID, refused.reason());
            assertEquals(c.message(), refused.getMessage());
        }
    }

    @Test
    void rolesReadAndWriteTheirLabelsAndAnUnknownLabelIsRefused() {
        for (OfferingRole role : OfferingRole.values()) assertEquals(role, OfferingRole.fromLabel(role.label()));
        assertEquals("teaching-assistant", OfferingRole.TEACHING_ASSISTANT.label());
        assertThrows(OfferingException.class, () -> OfferingRole.fromLabel("ta"));
    }
}
