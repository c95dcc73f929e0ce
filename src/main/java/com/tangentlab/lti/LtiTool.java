package com.tangentlab.lti;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.SignedIn;
import com.tangentlab.account.User;
import com.tangentlab.course.Chapter;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Tangent Lab as an LTI 1.3 tool: platforms registered by an administrator launch it, their users get
 * accounts and sessions, and the tool's public keys are published. What the web routes and the command
 * line call; it knows nothing of HTTP.
 */
public final class LtiTool {
    /** Where an instructor's deep-linking launch picks what to link; the request's id follows. */
    static final String DEEP_LINKING_PAGE = "/lti-deep-link.html?request=";

    private final PlatformStore platforms;
    private final ToolKeys keys;
    private final LoginInitiation logins;
    private final LaunchVerifier verifier;
    private final LtiAccounts accounts;
    private final AccountService accountService;
    private final Destinations destinations;
    private final LtiContexts contexts;
    private final Offerings offerings;
    private final DeepLinks deepLinks;

    public LtiTool(DataSource dataSource, AccountService accounts, ExerciseCatalog catalog, Chapter chapter,
            Clock clock) {
        this.platforms = new PlatformStore(dataSource, clock);
        this.keys = new ToolKeys(dataSource, clock);
        LoginStates states = new LoginStates(dataSource, clock);
        this.logins = new LoginInitiation(platforms, states);
        this.verifier = new LaunchVerifier(platforms, states, new PlatformKeys(), clock);
        this.accounts = new LtiAccounts(dataSource, accounts);
        this.accountService = accounts;
        this.destinations = new Destinations(catalog, chapter);
        this.offerings = new Offerings(dataSource, clock);
        this.contexts = new LtiContexts(dataSource, offerings);
        this.deepLinks = new DeepLinks(dataSource, keys, platforms, catalog, chapter, clock);
    }

    /** Registers a platform and makes the tool's key if there is none yet, so its JWKS is ready to fetch. */
    public Platform register(Registration registration, String registeredBy) {
        keys.signingKey();
        return platforms.register(registration, registeredBy);
    }

    public List<Platform> platforms() {
        return platforms.all();
    }

    /** The tool's public keys, as served at the JWKS URL. */
    public Map<String, Object> publicJwks() {
        return keys.publicJwks();
    }

    /** The first step of a launch: where the browser goes to the platform's auth endpoint. */
    public Checked<URI> login(LoginInitiation.Request request, ToolUrls urls) {
        return logins.start(request, urls.launch());
    }

    /** A verified launch's session, the course instance it entered and the page it opens. */
    public record Entry(Launch launch, SignedIn session, long offeringId, String page) {}

    /**
     * Checks the id_token the platform posted, finds the course instance of its course (an instructor's
     * first launch makes it; anyone else's is refused until then), makes the user a member in the role the
     * course gives, and signs them in working in that course.
     */
    public Checked<Entry> launch(String state, String idToken) {
        Checked<Launch> checked = verifier.verify(state, idToken);
        if (!(checked instanceof Checked.Accepted<Launch> accepted)) {
            Checked.Refused<Launch> refused = (Checked.Refused<Launch>) checked;
            return Checked.refused(refused.refusal(), refused.detail());
        }
        Launch launch = accepted.value();
        boolean deepLinking = launch.messageType() == Launch.MessageType.DEEP_LINKING;
        if (deepLinking && launch.role() != LtiRole.INSTRUCTOR) {
            return Checked.refused(Refusal.NOT_INSTRUCTOR, "deep linking by a " + launch.role());
        }
        if (launch.context() == null) {
            return Checked.refused(Refusal.MISSING_CLAIM, "the launch names no course (context claim)");
        }
        Optional<Long> known = contexts.offeringOf(launch.platform(), launch.context());
        if (known.isEmpty() && launch.role() != LtiRole.INSTRUCTOR) {
            return Checked.refused(Refusal.UNKNOWN_CONTEXT, "context " + launch.context().id() + " of "
                    + launch.platform().issuer() + " has no course yet; " + launch.role() + " cannot make it");
        }
        User user = accounts.accountOf(launch);
        long offering = known.orElseGet(() -> contexts.create(launch.platform(), launch.context()));
        offerings.putMember(offering, user.username(), offeringRole(launch.role()));
        SignedIn session = accountService.vouchedSession(user, offering);
        String page = deepLinking ? DEEP_LINKING_PAGE + deepLinks.open(launch, user.username())
                : destinations.of(launch);
        return new Checked.Accepted<>(new Entry(launch, session, offering, page));
    }

    /** The signed answer to an instructor's deep-linking request: the links they picked, for the platform. */
    public DeepLinks.Response answerDeepLinking(String requestId, String username, List<String> exercises,
            List<String> sections, ToolUrls urls) {
        return deepLinks.respond(requestId, username, exercises, sections, urls);
    }

    private static OfferingRole offeringRole(LtiRole role) {
        return switch (role) {
            case INSTRUCTOR -> OfferingRole.INSTRUCTOR;
            case TEACHING_ASSISTANT -> OfferingRole.TEACHING_ASSISTANT;
            case STUDENT -> OfferingRole.STUDENT;
        };
    }
}
