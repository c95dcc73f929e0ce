package com.tangentlab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A learning platform of our own on a loopback port, playing the LMS in the tests: its RSA keys and JWKS,
 * the OIDC auth endpoint that answers a login with an auto-posting form carrying a signed id_token (as real
 * platforms do), and launches for the users it knows.
 */
public final class TestPlatform implements AutoCloseable {
    public static final String CLIENT_ID = "tangentlab-tool";
    public static final String DEPLOYMENT_ID = "deployment-1";
    public static final String CONTEXT_ID = "course-101";
    public static final String INSTRUCTOR_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    /** What a platform gives a launch to live: a few minutes. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** A user of the platform, as its launches name them. */
    public record User(String subject, String name, String role) {}

    public static final User INSTRUCTOR = new User("u-100", "Ines Instructor", INSTRUCTOR_ROLE);
    public static final User ALICE = new User("u-201", "Alice Learner", LEARNER_ROLE);
    public static final User BOB = new User("u-202", "Bob Learner", LEARNER_ROLE);
    /** An instructor of another course of the platform. */
    public static final User CARLA = new User("u-102", "Carla Colleague", INSTRUCTOR_ROLE);

    private final Javalin server;
    private final List<RSAKey> published = new ArrayList<>();
    private volatile RSAKey signing;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    /** What the next auth request for a login hint answers: the claims of that user's launch. */
    private final Map<String, UnaryOperator<JWTClaimsSet.Builder>> pending = new ConcurrentHashMap<>();
    /** The content items of every deep-linking response the platform accepted, in order. */
    private final List<Map<String, Object>> linkedItems = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Where the tool is, as the platform's administrator configured it. */
    private volatile String toolLoginUrl;
    /** The tool's public keys, as its JWKS URL gives them: what token requests are checked against. */
    private volatile JWKSet toolKeys = new JWKSet();
    /** The verified assertion of every token the platform issued, in order. */
    private final List<JWTClaimsSet> tokenRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How long the platform's access tokens live, in seconds. */
    public static final long ACCESS_TOKEN_SECONDS = 3600;

    private TestPlatform() {
        signing = newKey("platform-key-1");
        published.add(signing);
        server = Javalin.create(config -> config.showJavalinBanner = false);
        server.get("/jwks", this::jwks);
        server.get("/auth", this::auth);
        server.post("/auth", this::auth);
        server.get("/course", this::course);
        server.post("/deep-link-return", this::deepLinkReturn);
        server.post("/token", this::token);
        server.start("127.0.0.1", 0);
    }

    public static TestPlatform start() {
        return new TestPlatform();
    }

    /** The body of {@code POST /api/instructor/lti/platforms} that registers this platform with the tool. */
    public Map<String, Object> registrationBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", issuer());
        body.put("clientId", CLIENT_ID);
        body.put("deploymentIds", List.of(DEPLOYMENT_ID));
        body.put("authEndpoint", issuer() + "/auth");
        body.put("tokenEndpoint", issuer() + "/token");
        body.put("jwksUrl", issuer() + "/jwks");
        return body;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.port();
    }

    public Registration registration() {
        return Registration.of(issuer(), CLIENT_ID, List.of(DEPLOYMENT_ID), issuer() + "/auth",
                issuer() + "/token", issuer() + "/jwks");
    }

    public int jwksFetches() {
        return jwksFetches.get();
    }

    /** A new key signs from now on and is published beside the old one, as a platform rotating its keys does. */
    public void rotateKey(String kid) {
        signing = newKey(kid);
        synchronized (published) {
            published.add(signing);
        }
    }

    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a resource-link launch of {@code user} into the platform's course, answering {@code nonce}. */
    public JWTClaimsSet.Builder launchClaims(User user, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .subject(user.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("nonce", nonce)
                .claim("azp", CLIENT_ID)
                .claim("name", user.name())
                .claim(Claims.DEPLOYMENT_ID, DEPLOYMENT_ID)
                .claim(Claims.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(Claims.VERSION, "1.3.0")
                .claim(Claims.ROLES, List.of(user.role()))
                .claim(Claims.CONTEXT, Map.of("id", CONTEXT_ID, "title", "Deep Learning Maths 101"))
                .claim(Claims.RESOURCE_LINK, Map.of("id", "link-1"))
                .claim(Claims.TARGET_LINK_URI, "http://tool.invalid/lti/launch");
    }

    /** What turns a launch into a deep-linking request, as a platform's content selection sends it. */
    public JWTClaimsSet.Builder deepLinking(JWTClaimsSet.Builder claims) {
        return claims.claim(Claims.MESSAGE_TYPE, "LtiDeepLinkingRequest").claim(Claims.RESOURCE_LINK, null)
                .claim(Claims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", issuer() + "/deep-link-return",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                        List.of("iframe", "window"), "data", DEEP_LINKING_DATA));
    }

    public static final String DEEP_LINKING_DATA = "opaque-platform-data-42";

    /** The items of the deep-linking responses the platform accepted so far. */
    public List<Map<String, Object>> linkedItems() {
        return List.copyOf(linkedItems);
    }

    /** Signed with the platform's current key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, signing);
    }

    public static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform checks the tool's token requests with these keys, as fetched from the tool's JWKS URL. */
    public void trustTool(JWKSet keys) {
        toolKeys = keys;
    }

    public List<JWTClaimsSet> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /**
     * The client-credentials grant of the LTI security framework: an access token for a client whose assertion
     * the tool's key signed, naming the client as iss and sub and this endpoint as aud; 401 otherwise.
     */
    private void token(Context ctx) throws ParseException, JOSEException {
        SignedJWT assertion = SignedJWT.parse(ctx.formParam("client_assertion"));
        RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(assertion.getHeader().getKeyID());
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        boolean valid = "client_credentials".equals(ctx.formParam("grant_type")) && key != null
                && assertion.verify(new RSASSAVerifier(key)) && CLIENT_ID.equals(claims.getIssuer())
                && CLIENT_ID.equals(claims.getSubject()) && claims.getAudience().contains(issuer() + "/token");
        if (!valid) {
            ctx.status(401).json(Map.of("error", "invalid_client"));
            return;
        }
        tokenRequests.add(claims);
        ctx.json(Map.of("access_token", "token-" + tokenRequests.size(), "token_type", "Bearer",
                "expires_in", ACCESS_TOKEN_SECONDS, "scope", ctx.formParam("scope")));
    }

    /** The next login of {@code loginHint} launches with these claims (on top of the usual ones). */
    public void whenLoggingIn(String loginHint, UnaryOperator<JWTClaimsSet.Builder> claims) {
        pending.put(loginHint, claims);
    }

    /** The tool's login initiation URL, as pasted into the platform's tool configuration. */
    public void useTool(String loginUrl) {
        this.toolLoginUrl = loginUrl;
    }

    /**
     * The course page of the platform user {@code ?user=}: the tool opens in a frame, as a platform embeds it,
     * through the login initiation the platform starts.
     */
    private void course(Context ctx) {
        String user = ctx.queryParam("user");
        String login = toolLoginUrl + "?iss=" + encode(issuer()) + "&login_hint=" + encode(user)
                + "&client_id=" + encode(CLIENT_ID) + "&lti_deployment_id=" + encode(DEPLOYMENT_ID)
                + "&target_link_uri=" + encode(toolLoginUrl.replace("/lti/login", "/lti/launch"));
        ctx.contentType("text/html").result("<!DOCTYPE html><html lang=\"en\"><head><title>Course 101</title></head>"
                + "<body><h1>Course 101</h1><iframe id=\"tool\" title=\"Tangent Lab\" width=\"1300\""
                + " height=\"800\" src=\"" + escape(login) + "\"></iframe></body></html>");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The deep-linking return URL: the response must be signed by a key of the tool's published set, for this
     * platform, from its client, with the data the request carried; its items are kept.
     */
    private void deepLinkReturn(Context ctx) throws Exception {
        SignedJWT jwt = SignedJWT.parse(ctx.formParam("JWT"));
        JWKSet toolKeys = JWKSet.load(new java.net.URL(toolLoginUrl.replace("/lti/login", "/lti/jwks")));
        RSAKey key = toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        if (!jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key)) || !claims.getAudience().contains(issuer())
                || !CLIENT_ID.equals(claims.getIssuer()) || !DEEP_LINKING_DATA.equals(claims.getClaim(
                "https://purl.imsglobal.org/spec/lti-dl/claim/data")) || !"LtiDeepLinkingResponse".equals(
                claims.getClaim(Claims.MESSAGE_TYPE))) {
            ctx.status(400).result("deep-linking response refused");
            return;
        }
        List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        StringBuilder list = new StringBuilder();
        for (Object item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) item;
            linkedItems.add(fields);
            list.append("<li>").append(escape(String.valueOf(fields.get("title")))).append("</li>");
        }
        ctx.contentType("text/html").result("<!DOCTYPE html><html lang=\"en\"><head><title>Links added</title>"
                + "</head><body><h1 id=\"linked\">" + items.size() + " links added</h1><ul>" + list
                + "</ul></body></html>");
    }

    private void jwks(Context ctx) {
        jwksFetches.incrementAndGet();
        synchronized (published) {
            ctx.contentType("application/json").result(new JWKSet(new ArrayList<>(published)).toPublicJWKSet()
                    .toString());
        }
    }

    /**
     * The OIDC auth endpoint: checks what a platform checks (the client, the redirect, a state and a nonce),
     * then answers with a page that posts the signed id_token to the tool's launch URL at once.
     */
    private void auth(Context ctx) {
        String hint = ctx.queryParam("login_hint");
        UnaryOperator<JWTClaimsSet.Builder> claims = hint == null ? null : pending.get(hint);
        if (!CLIENT_ID.equals(ctx.queryParam("client_id")) || claims == null || ctx.queryParam("state") == null
                || ctx.queryParam("nonce") == null || !"form_post".equals(ctx.queryParam("response_mode"))) {
            ctx.status(400).result("bad auth request");
            return;
        }
        User user = userOf(hint);
        String token = sign(claims.apply(launchClaims(user, ctx.queryParam("nonce"))).build());
        ctx.contentType("text/html").result("<!DOCTYPE html><html lang=\"en\"><head><title>Launching</title></head>"
                + "<body><form id=\"launch\" method=\"post\" action=\"" + escape(ctx.queryParam("redirect_uri"))
                + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + escape(ctx.queryParam("state")) + "\">"
                + "</form><script>document.getElementById('launch').submit();</script></body></html>");
    }

    private static User userOf(String loginHint) {
        for (User u : List.of(INSTRUCTOR, ALICE, BOB, CARLA)) if (u.subject().equals(loginHint)) return u;
        throw new IllegalArgumentException("no platform user " + loginHint);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void close() {
        server.stop();
    }
}
