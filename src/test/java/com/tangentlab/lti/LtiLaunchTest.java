package com.tangentlab.lti;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.account.Role;
import com.tangentlab.course.Chapter;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import com.tangentlab.store.TestDatabase;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A launch from a platform of our own, on H2 and PostgreSQL: the login sends the browser to the platform
 * with a fresh state and nonce, a verified launch signs its user in with the role the course gives, and
 * every way a launch can be wrong is refused for its own reason, one case per row.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class LtiLaunchTest {
    private static final ToolUrls TOOL = ToolUrls.under(URI.create("http://tool.test"));
    /** The cheapest BCrypt cost: launched accounts get a random password nobody types. */
    private static final int TEST_HASH_COST = 4;
    private static final RSAKey STRANGER = TestPlatform.newKey("stranger-key");

    @Parameter
    Database.Kind kind;

    private static TestPlatform platform;
    private static ExerciseCatalog catalog;
    private static Chapter chapter;
    private TestDatabase database;
    private AccountService accounts;
    private LtiTool tool;
    /** The course instance the platform's course launches into, made by its instructor's first launch. */
    private long course;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start();
        catalog = ExerciseCatalog.load(Path.of("exercises"), Path.of("reference/samples"));
        chapter = Chapter.load(Path.of("exercises", ExerciseCatalog.THEORY_FOLDER));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(kind);
        accounts = new AccountService(database.database().dataSource(), new Passwords(TEST_HASH_COST),
                Clock.systemUTC(), Duration.ofHours(1));
        tool = new LtiTool(database.database().dataSource(), accounts, catalog, chapter, Clock.systemUTC());
        tool.register(platform.registration(), "instructor");
        course = accepted(launch(TestPlatform.INSTRUCTOR, c -> c)).offeringId();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A login started at the tool: the state and nonce it sent to the platform's auth endpoint. */
    private record Login(String state, String nonce) {}

    private Login login() {
        Checked<URI> redirect = tool.login(new LoginInitiation.Request(platform.issuer(), "hint", TOOL.launch()
                .toString(), null, null), TOOL);
        URI auth = assertInstanceOf(Checked.Accepted.class, redirect, redirect.toString()).value() instanceof URI u
                ? u : null;
        Map<String, String> query = query(auth);
        assertTrue(auth.toString().startsWith(platform.issuer() + "/auth?"), auth.toString());
        assertEquals(TestPlatform.CLIENT_ID, query.get("client_id"));
        assertEquals(TOOL.launch().toString(), query.get("redirect_uri"));
        assertEquals("id_token", query.get("response_type"));
        assertEquals("form_post", query.get("response_mode"));
        return new Login(query.get("state"), query.get("nonce"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private Checked<LtiTool.Entry> launch(TestPlatform.User user, UnaryOperator<JWTClaimsSet.Builder> change) {
        Login login = login();
        return tool.launch(login.state(), platform.sign(change.apply(platform.launchClaims(user, login.nonce()))
                .build()));
    }

    private static LtiTool.Entry accepted(Checked<LtiTool.Entry> checked) {
        return assertInstanceOf(Checked.Accepted.class, checked, checked.toString()).value() instanceof LtiTool.Entry e
                ? e : null;
    }

    @Test
    void anInstructorsLaunchSignsThemInAsTheCoursesInstructorWithoutMakingTheAccountAnInstructors() {
        LtiTool.Entry entry = accepted(launch(TestPlatform.INSTRUCTOR, c -> c));
        assertEquals(Role.STUDENT, entry.session().user().role(), "no launch changes the account's own role");
        assertEquals(Optional.of(OfferingRole.INSTRUCTOR), offerings().roleOf(entry.offeringId(),
                entry.session().user().username()));
        assertEquals("Ines Instructor", entry.session().user().displayName());
        assertEquals(LtiRole.INSTRUCTOR, entry.launch().role());
        assertEquals(TestPlatform.CONTEXT_ID, entry.launch().context().id());
        assertEquals("/instructor.html", entry.page(), "an instructor's link naming nothing opens the dashboard");
        assertTrue(accounts.session(entry.session().token()).isPresent(), "the session is live");
    }

    @Test
    void aStudentsLaunchMakesAStudentAccountAndTheNextLaunchFindsTheSameOne() {
        LtiTool.Entry first = accepted(launch(TestPlatform.ALICE, c -> c));
        LtiTool.Entry second = accepted(launch(TestPlatform.ALICE, c -> c));
        assertEquals(Role.STUDENT, first.session().user().role());
        assertEquals(first.session().user().username(), second.session().user().username());
        assertNotEquals(first.session().token(), second.session().token(), "each launch its own session");
        assertEquals("/home.html", first.page());
    }

    @Test
    void anInstructorsFirstLaunchFromACourseMakesItsCourseInstanceWithThemAsInstructor() {
        Offerings offerings = new Offerings(database.database().dataSource(), Clock.systemUTC());
        LtiTool.Entry entry = accepted(launch(TestPlatform.INSTRUCTOR, c -> c.claim(Claims.CONTEXT,
                Map.of("id", "course-202", "title", "Optimisation 202"))));
        assertNotEquals(course, entry.offeringId(), "another platform course, another instance");
        assertEquals("Optimisation 202", offerings.find(entry.offeringId()).orElseThrow().title());
        assertEquals(Optional.of(OfferingRole.INSTRUCTOR), offerings.roleOf(entry.offeringId(),
                entry.session().user().username()));
        assertEquals(entry.offeringId(), accepted(launch(TestPlatform.INSTRUCTOR, c -> c.claim(Claims.CONTEXT,
                Map.of("id", "course-202", "title", "Renamed on the platform")))).offeringId(), "found again");
    }

    @Test
    void aLaunchedSessionWorksInTheLaunchedCourse() {
        LtiTool.Entry other = accepted(launch(TestPlatform.INSTRUCTOR, c -> c.claim(Claims.CONTEXT,
                Map.of("id", "course-303", "title", "Another course"))));
        LtiTool.Entry entry = accepted(launch(TestPlatform.INSTRUCTOR, c -> c));
        assertEquals(course, entry.offeringId());
        assertNotEquals(course, other.offeringId());
        assertEquals(other.offeringId(), accounts.session(other.session().token()).orElseThrow().chosenOffering());
        assertEquals(course, accounts.session(entry.session().token()).orElseThrow().chosenOffering());
    }

    private Offerings offerings() {
        return new Offerings(database.database().dataSource(), Clock.systemUTC());
    }

    @Test
    void studentsLaunchedIntoTheCourseBecomeStudentsOfItsInstance() {
        Offerings offerings = new Offerings(database.database().dataSource(), Clock.systemUTC());
        LtiTool.Entry alice = accepted(launch(TestPlatform.ALICE, c -> c));
        assertEquals(course, alice.offeringId());
        assertEquals(Optional.of(OfferingRole.STUDENT), offerings.roleOf(course, alice.session().user().username()));
        LtiTool.Entry assistant = accepted(launch(TestPlatform.BOB, c -> c.claim(Claims.ROLES, List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"))));
        assertEquals(Optional.of(OfferingRole.TEACHING_ASSISTANT), offerings.roleOf(course,
                assistant.session().user().username()));
        assertEquals(Role.STUDENT, assistant.session().user().role(), "an assistant's account stays a student's");
    }

    @Test
    void aStudentsFirstLaunchIntoACourseNoInstructorOpenedIsRefusedAndMakesNoAccount() {
        int users = accounts.users().size();
        Checked<LtiTool.Entry> refused = launch(TestPlatform.ALICE, c -> c.claim(Claims.CONTEXT,
                Map.of("id", "course-never-opened", "title", "Nobody's course")));
        assertEquals(Refusal.UNKNOWN_CONTEXT, assertInstanceOf(Checked.Refused.class, refused).refusal());
        assertEquals(users, accounts.users().size());
    }

    @Test
    void aStudentsLaunchNeverGrantsInstructorRightsWhateverElseItClaims() {
        LtiTool.Entry entry = accepted(launch(TestPlatform.ALICE, c -> c.claim(Claims.ROLES, List.of(
                TestPlatform.LEARNER_ROLE, "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "Instructor", "urn:made-up:Administrator"))));
        assertEquals(Role.STUDENT, entry.session().user().role());
        assertEquals(LtiRole.STUDENT, entry.launch().role());
    }

    @Test
    void usersOfOnePlatformAreTwoAccounts() {
        String alice = accepted(launch(TestPlatform.ALICE, c -> c)).session().user().username();
        String bob = accepted(launch(TestPlatform.BOB, c -> c)).session().user().username();
        assertNotEquals(alice, bob);
        assertTrue(alice.startsWith("lti-") && bob.startsWith("lti-"), alice + " " + bob);
    }

    @Test
    void aResourceLinkNamingAnExerciseOpensItsSectionAtTheExercise() {
        LtiTool.Entry entry = accepted(launch(TestPlatform.ALICE, c -> c.claim(Claims.CUSTOM,
                Map.of("exercise", "softmax-jacobian"))));
        String section = catalog.find("softmax-jacobian").orElseThrow().section().split("\\.")[0];
        assertEquals("/section.html?section=" + section + "#softmax-jacobian", entry.page());
        LtiTool.Entry toSection = accepted(launch(TestPlatform.ALICE, c -> c.claim(Claims.CUSTOM,
                Map.of("section", "3"))));
        assertEquals("/section.html?section=3", toSection.page());
    }

    @Test
    void aKeyThePlatformRotatedToIsFetchedWhenItsKidIsUnknown() {
        accepted(launch(TestPlatform.ALICE, c -> c));
        int fetches = platform.jwksFetches();
        platform.rotateKey("platform-key-" + kind + "-" + System.nanoTime());
        accepted(launch(TestPlatform.ALICE, c -> c));
        assertTrue(platform.jwksFetches() > fetches, "the new kid made the tool fetch the set again");
        accepted(launch(TestPlatform.BOB, c -> c));
        assertEquals(fetches + 1, platform.jwksFetches(), "and the cached set serves the next launch");
    }

    @Test
    void theLoginOfAnUnregisteredIssuerIsRefused() {
        Checked<URI> refused = tool.login(new LoginInitiation.Request("https://stranger.example", "hint",
                TOOL.launch().toString(), null, null), TOOL);
        assertEquals(Refusal.UNKNOWN_PLATFORM, assertInstanceOf(Checked.Refused.class, refused).refusal());
        Checked<URI> noHint = tool.login(new LoginInitiation.Request(platform.issuer(), null,
                TOOL.launch().toString(), null, null), TOOL);
        assertEquals(Refusal.MISSING_PARAMETER, assertInstanceOf(Checked.Refused.class, noHint).refusal());
    }

    @Test
    void aReplayedLaunchIsRefusedForItsUsedNonce() {
        Login login = login();
        String token = platform.sign(platform.launchClaims(TestPlatform.ALICE, login.nonce()).build());
        accepted(tool.launch(login.state(), token));
        Checked<LtiTool.Entry> replayed = tool.launch(login.state(), token);
        assertEquals(Refusal.REPLAYED_NONCE, assertInstanceOf(Checked.Refused.class, replayed).refusal());
    }

    @Test
    void anInstructorsDeepLinkingAnswersWithSignedResourceLinksEachWithItsLineItem() throws Exception {
        LtiTool.Entry entry = accepted(launch(TestPlatform.INSTRUCTOR, platform::deepLinking));
        assertTrue(entry.page().startsWith("/lti-deep-link.html?request="), entry.page());
        String request = entry.page().substring(entry.page().indexOf('=') + 1);
        String username = entry.session().user().username();
        DeepLinks.Response response = tool.answerDeepLinking(request, username,
                List.of("softmax-jacobian", "newton-step"), List.of(), TOOL);
        assertEquals(platform.issuer() + "/deep-link-return", response.returnUrl().toString());

        SignedJWT jwt = SignedJWT.parse(response.jwt());
        RSAKey published = JWKSet.parse(tool.publicJwks()).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertTrue(jwt.verify(new RSASSAVerifier(published)), "signed with the key the tool publishes");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(TestPlatform.CLIENT_ID, claims.getIssuer());
        assertEquals(List.of(platform.issuer()), claims.getAudience());
        assertEquals("LtiDeepLinkingResponse", claims.getClaim(Claims.MESSAGE_TYPE));
        assertEquals(TestPlatform.DEPLOYMENT_ID, claims.getClaim(Claims.DEPLOYMENT_ID));
        assertEquals(TestPlatform.DEEP_LINKING_DATA, claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(2, items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            String id = List.of("softmax-jacobian", "newton-step").get(i);
            assertEquals("ltiResourceLink", item.get("type"));
            assertEquals(TOOL.launch().toString(), item.get("url"));
            assertEquals(Map.of("exercise", id), item.get("custom"));
            Map<?, ?> lineItem = (Map<?, ?>) item.get("lineItem");
            assertEquals(catalog.find(id).orElseThrow().title(), lineItem.get("label"));
            assertEquals(catalog.find(id).orElseThrow().points(), ((Number) lineItem.get("scoreMaximum")).doubleValue());
            assertEquals(id, lineItem.get("resourceId"));
        }
        LtiException again = assertThrows(LtiException.class, () -> tool.answerDeepLinking(request, username,
                List.of("softmax-jacobian"), List.of(), TOOL));
        assertEquals(LtiException.Reason.NOT_FOUND, again.reason(), "a request is answered once");
    }

    @Test
    void aDeepLinkingPickOfNoSuchExerciseIsRefusedNamingIt() {
        LtiTool.Entry entry = accepted(launch(TestPlatform.INSTRUCTOR, platform::deepLinking));
        String request = entry.page().substring(entry.page().indexOf('=') + 1);
        LtiException refused = assertThrows(LtiException.class, () -> tool.answerDeepLinking(request,
                entry.session().user().username(), List.of("no-such-exercise"), List.of(), TOOL));
        assertEquals("no exercise no-such-exercise", refused.getMessage());
        assertEquals(2, ((List<?>) assertDoesNotThrow(() -> SignedJWT.parse(tool.answerDeepLinking(request,
                entry.session().user().username(), List.of(), List.of("3", "1"), TOOL).jwt()).getJWTClaimsSet()
                .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"))).size(),
                "the refused pick left the request open");
    }

    @Test
    void aStudentCannotDeepLink() {
        Checked<LtiTool.Entry> refused = launch(TestPlatform.ALICE, platform::deepLinking);
        assertEquals(Refusal.NOT_INSTRUCTOR, assertInstanceOf(Checked.Refused.class, refused).refusal());
    }

    /** One way a launch is wrong: what is done to the token or the request, and the refusal it must meet. */
    enum Wrong {
        WRONG_AUDIENCE(Refusal.WRONG_AUDIENCE, c -> c.audience("another-tool")),
        AUDIENCES_WITHOUT_OUR_AZP(Refusal.WRONG_AUDIENCE, c -> c.audience(List.of(TestPlatform.CLIENT_ID, "other"))
                .claim("azp", "other")),
        EXPIRED(Refusal.EXPIRED, c -> c.issueTime(ago(Duration.ofMinutes(20))).expirationTime(ago(Duration.ofMinutes(10)))),
        ISSUED_IN_FUTURE(Refusal.ISSUED_IN_FUTURE, c -> c.issueTime(ago(Duration.ofMinutes(-10)))),
        WRONG_ISSUER(Refusal.WRONG_ISSUER, c -> c.issuer("https://elsewhere.example")),
        NONCE_OF_ANOTHER_LOGIN(Refusal.NONCE_MISMATCH, c -> c.claim("nonce", "another-login's-nonce")),
        UNREGISTERED_DEPLOYMENT(Refusal.UNREGISTERED_DEPLOYMENT, c -> c.claim(Claims.DEPLOYMENT_ID, "deployment-9")),
        WRONG_MESSAGE_TYPE(Refusal.WRONG_MESSAGE_TYPE, c -> c.claim(Claims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")),
        WRONG_VERSION(Refusal.WRONG_VERSION, c -> c.claim(Claims.VERSION, "1.1")),
        NO_SUBJECT(Refusal.MISSING_CLAIM, c -> c.subject(null)),
        NO_ROLES(Refusal.MISSING_CLAIM, c -> c.claim(Claims.ROLES, null)),
        NO_COURSE(Refusal.MISSING_CLAIM, c -> c.claim(Claims.CONTEXT, null)),
        UNKNOWN_KID(Refusal.UNKNOWN_KEY, c -> c),
        BAD_SIGNATURE(Refusal.BAD_SIGNATURE, c -> c),
        SYMMETRIC_ALGORITHM(Refusal.BAD_SIGNATURE, c -> c),
        NOT_A_JWT(Refusal.MALFORMED_TOKEN, c -> c),
        BAD_STATE(Refusal.BAD_STATE, c -> c);

        final Refusal refusal;
        final UnaryOperator<JWTClaimsSet.Builder> change;

        Wrong(Refusal refusal, UnaryOperator<JWTClaimsSet.Builder> change) {
            this.refusal = refusal;
            this.change = change;
        }

        private static Date ago(Duration d) {
            return Date.from(Instant.now().minus(d));
        }
    }

    @ParameterizedTest
    @EnumSource(Wrong.class)
    void aWrongLaunchIsRefusedForItsOwnReasonAndSignsNobodyIn(Wrong wrong) throws Exception {
        Login login = login();
        JWTClaimsSet claims = wrong.change.apply(platform.launchClaims(TestPlatform.ALICE, login.nonce())).build();
        String token = switch (wrong) {
            case UNKNOWN_KID -> TestPlatform.sign(claims, STRANGER);
            case BAD_SIGNATURE -> forgedUnderThePlatformsKid(claims);
            case SYMMETRIC_ALGORITHM -> signedWithHmac(claims);
            case NOT_A_JWT -> "not.a-jwt";
            default -> platform.sign(claims);
        };
        String state = wrong == Wrong.BAD_STATE ? "a-state-the-tool-never-issued" : login.state();
        int users = accounts.users().size();
        Checked<LtiTool.Entry> checked = tool.launch(state, token);
        Checked.Refused<?> refused = assertInstanceOf(Checked.Refused.class, checked, wrong.name());
        assertEquals(wrong.refusal, refused.refusal(), refused.detail());
        assertEquals(users, accounts.users().size(), "no account was made");
    }

    /** The platform's kid in the header, the signature of another key: a forgery. */
    private static String forgedUnderThePlatformsKid(JWTClaimsSet claims) {
        String[] forged = TestPlatform.sign(claims, STRANGER).split("\\.");
        String[] genuineHeader = TestPlatform.sign(claims, TestPlatform.newKey("platform-key-1")).split("\\.");
        return String.join(".", Arrays.asList(genuineHeader[0], forged[1], forged[2]));
    }

    /** HS256 keyed with the platform's public key: the algorithm-confusion attack. */
    private String signedWithHmac(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("platform-key-1").build(), claims);
        jwt.sign(new MACSigner(platform.registration().jwksUrl().toString().repeat(4).getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
