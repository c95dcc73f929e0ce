package com.tangentlab.account;

import com.tangentlab.store.Seedings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/** Accounts, passwords and sessions: signing in and out, changing and resetting passwords, rosters. */
public final class AccountService {
    private static final int TOKEN_BYTES = 32;
    /** The seeding claimed by the one node that creates the demo accounts. */
    private static final String DEMO_ACCOUNTS = "demo-accounts";
    private static final List<User> DEMO = List.of(
            new User("instructor", "Demo Instructor", Role.INSTRUCTOR),
            new User("alice", "Alice (demo student)", Role.STUDENT),
            new User("bob", "Bob (demo student)", Role.STUDENT));

    private final UserStore users;
    private final SessionStore sessions;
    private final Passwords passwords;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final SecureRandom random = new SecureRandom();
    private final SignInThrottle throttle;
    private final Seedings seedings;

    public AccountService(DataSource dataSource, Passwords passwords, Clock clock, Duration sessionTimeout) {
        this.users = new UserStore(dataSource, clock);
        this.seedings = new Seedings(dataSource, clock);
        this.sessions = new SessionStore(dataSource);
        this.passwords = passwords;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
        this.throttle = new SignInThrottle(dataSource, clock);
    }

    /**
     * Creates the demo instructor and students when there is no account at all; empty otherwise, and
     * empty on every node but one when several start together on an empty database.
     */
    public List<NewAccount> createDemoAccountsIfNone() {
        return createDemoAccountsIfNone(Enrolment.NONE);
    }

    /** As {@link #createDemoAccountsIfNone()}, the accounts enrolled by {@code enrolment} as they are created. */
    public List<NewAccount> createDemoAccountsIfNone(Enrolment enrolment) {
        if (users.count() > 0) return List.of();
        Hashed demo = hash(DEMO.stream().map(u -> new Pending(u, null)).toList(), hashed -> { });
        return seedings.claimThen(DEMO_ACCOUNTS, c -> {
            users.insertAll(c, demo.rows());
            enrolment.enrol(c, DEMO);
        }) ? demo.accounts() : List.of();
    }

    public List<User> demoUsers() {
        return DEMO;
    }

    /** Every account, by username, without password hashes. */
    public List<User> users() {
        return users.all();
    }

    /**
     * Starts a session, or empty when the username or the password is wrong (not saying which).
     * Too many wrong passwords from one {@code source} address, for one account or in all, make
     * that source wait (a BusyException); other places are not affected (see {@link SignInThrottle}).
     */
    public Optional<SignedIn> login(String username, String password, String source) {
        // A name no account can have is refused before it is counted, looked up or hashed, so a
        // long one costs nothing to keep; the pattern is public, so refusing it at once tells nothing.
        if (!Roster.USERNAME.matcher(username).matches()) {
            throttle.failedWithoutAccount(source);
            return Optional.empty();
        }
        throttle.check(username, source);
        Optional<UserStore.Stored> stored = users.find(username);
        if (stored.isEmpty()) {
            passwords.burnCheck(password);
            throttle.failed(username, source);
            return Optional.empty();
        }
        if (!passwords.matches(password, stored.get().passwordHash())) {
            throttle.failed(username, source);
            return Optional.empty();
        }
        throttle.succeeded(username, source);
        return Optional.of(startSession(stored.get().user()));
    }

    private SignedIn startSession(User user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        sessions.deleteExpired(now);
        String token = token();
        String csrf = token();
        sessions.insert(hash(token), user.username(), csrf, now, now.plus(sessionTimeout));
        return new SignedIn(user, token, csrf, null);
    }

    /**
     * Creates an account for someone another system signs in (a learning platform's launch): its password
     * is random and never handed over, so only that system or a reset password lets them in.
     */
    public User createVouched(User user) {
        String password = passwords.generate();
        users.insertAll(List.of(new UserStore.Stored(user, passwords.hash(password))), Enrolment.NONE);
        return user;
    }

    /** The account {@code username}, if there is one. */
    public Optional<User> find(String username) {
        return users.find(username).map(UserStore.Stored::user);
    }

    /**
     * A session for an account whose owner another system vouched for (a verified LTI launch), without a
     * password, working in the course {@code offeringId} it launched into; the caller has checked that
     * system's signature and made the user a member of that course.
     */
    public SignedIn vouchedSession(User user, long offeringId) {
        SignedIn session = startSession(user);
        sessions.choose(hash(session.token()), offeringId);
        return new SignedIn(user, session.token(), session.csrfToken(), offeringId);
    }

    /** Keys the sign-in throttle holds now; bounded whatever is sent. */
    public int throttledKeys() {
        return throttle.trackedKeys();
    }

    /** The live session holding {@code token}, if any. */
    public Optional<SignedIn> session(String token) {
        return sessions.find(hash(token), OffsetDateTime.now(clock))
                .map(found -> new SignedIn(found.user(), token, found.csrfToken(), found.chosenOffering()));
    }

    /**
     * Makes {@code offeringId} the course the session works in from its next request on; whether its
     * user may work there is the caller's to check.
     */
    public void chooseOffering(SignedIn session, long offeringId) {
        sessions.choose(hash(session.token()), offeringId);
    }

    public void logout(String token) {
        sessions.delete(hash(token));
    }

    /** Changes one's own password; other sessions of the account end, the current one stays. */
    public void changePassword(SignedIn session, String currentPassword, String newPassword) {
        UserStore.Stored stored = users.find(session.user().username()).orElseThrow(() ->
                new AccountException(AccountException.Reason.NOT_FOUND, "the account no longer exists"));
        if (!passwords.matches(currentPassword, stored.passwordHash())) {
            throw new AccountException(AccountException.Reason.WRONG_PASSWORD, "the current password is wrong");
        }
        requireAcceptable(newPassword);
        users.updateHash(stored.user().username(), passwords.hash(newPassword));
        sessions.deleteOf(stored.user().username());
        OffsetDateTime now = OffsetDateTime.now(clock);
        sessions.insert(hash(session.token()), stored.user().username(), session.csrfToken(), now,
                now.plus(sessionTimeout));
        if (session.chosenOffering() != null) sessions.choose(hash(session.token()), session.chosenOffering());
    }

    /**
     * Sets a new password for {@code username} (generated when {@code newPassword} is null) and
     * ends all of that account's sessions; returns the password so it can be handed over once.
     */
    public NewAccount resetPassword(String username, String newPassword) {
        User user = users.find(username).map(UserStore.Stored::user).orElseThrow(() ->
                new AccountException(AccountException.Reason.NOT_FOUND, "no account named " + username));
        if (newPassword != null) requireAcceptable(newPassword);
        String password = newPassword == null ? passwords.generate() : newPassword;
        users.updateHash(username, passwords.hash(password));
        sessions.deleteOf(username);
        return new NewAccount(user, password, newPassword == null);
    }

    /** Creates a student account per roster line, all or none; generated passwords are returned once. */
    public List<NewAccount> importRoster(String csv) {
        return createRoster(checkRoster(csv), hashed -> { }, Enrolment.NONE);
    }

    /** As {@link #importRoster(String)}, the accounts enrolled by {@code enrolment} as they are created. */
    public List<NewAccount> importRoster(String csv, Enrolment enrolment) {
        return createRoster(checkRoster(csv), hashed -> { }, enrolment);
    }

    /**
     * Checks every line of a roster, usernames already taken included, before any password is
     * hashed: a mistake on the last line of a long roster is found at once, not after minutes of
     * hashing.
     */
    public CheckedRoster checkRoster(String csv) {
        List<Roster.Entry> entries = Roster.parse(csv);
        List<String> taken = users.taken(entries.stream().map(Roster.Entry::username).toList());
        if (!taken.isEmpty()) {
            throw new AccountException(AccountException.Reason.CONFLICT, "the username " + taken.get(0)
                    + " is taken" + (taken.size() > 1 ? " (and " + (taken.size() - 1) + " more)" : ""));
        }
        return new CheckedRoster(entries);
    }

    /**
     * Creates the accounts of a checked roster, all or none, with {@code enrolment} in the same
     * transaction; {@code hashed} hears how many passwords are hashed so far. The generated passwords
     * are returned, this once.
     */
    public List<NewAccount> createRoster(CheckedRoster roster, IntConsumer hashed, Enrolment enrolment) {
        return create(roster.entries().stream()
                .map(e -> new Pending(new User(e.username(), e.displayName(), Role.STUDENT), e.password()))
                .toList(), hashed, enrolment);
    }

    private record Pending(User user, String password) {}

    private List<NewAccount> create(List<Pending> pending, IntConsumer hashed, Enrolment enrolment) {
        Hashed ready = hash(pending, hashed);
        users.insertAll(ready.rows(), enrolment);
        return ready.accounts();
    }

    /** Accounts with their passwords, to hand over, and the rows with their hashes, to store. */
    private record Hashed(List<NewAccount> accounts, List<UserStore.Stored> rows) {}

    private Hashed hash(List<Pending> pending, IntConsumer hashed) {
        List<NewAccount> accounts = new ArrayList<>();
        List<UserStore.Stored> rows = new ArrayList<>();
        for (Pending p : pending) {
            String password = p.password() == null ? passwords.generate() : p.password();
            accounts.add(new NewAccount(p.user(), password, p.password() == null));
            rows.add(new UserStore.Stored(p.user(), passwords.hash(password)));
            hashed.accept(rows.size());
        }
        return new Hashed(accounts, rows);
    }

    private static void requireAcceptable(String password) {
        String problem = Passwords.problem(password);
        if (problem != null) throw new AccountException(AccountException.Reason.INVALID, problem);
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
