package com.tangentlab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.tangentlab.course.Chapter;
import com.tangentlab.course.TheorySection;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
import com.tangentlab.store.StoreException;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Deep Linking 2.0: an instructor's deep-linking launch is kept until they pick sections and exercises; the
 * answer is an LtiDeepLinkingResponse signed with the tool's key, one LtiResourceLink per pick, each with
 * the line item the platform makes for its grades (label, scoreMaximum, resourceId).
 */
public final class DeepLinks {
    /** Long enough to read the list and choose; a request is answered once. */
    static final Duration REQUEST_LIFETIME = Duration.ofHours(1);
    /** The platform checks the response at once; five minutes covers clocks that differ. */
    static final Duration RESPONSE_LIFETIME = Duration.ofMinutes(5);
    private static final int RANDOM_BYTES = 32;
    private static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
    private static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    private static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    private static final String INSERT = "INSERT INTO lti_deep_link_requests (id, username, platform_id,"
            + " deployment_id, return_url, data, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT platform_id, deployment_id, return_url, data FROM"
            + " lti_deep_link_requests WHERE id = ? AND username = ? AND expires_at > ?";
    private static final String DELETE = "DELETE FROM lti_deep_link_requests WHERE id = ? OR expires_at <= ?";

    /** The signed response and where the browser posts it (as the form field {@code JWT}). */
    public record Response(URI returnUrl, String jwt) {}

    private record Pending(long platformId, String deploymentId, URI returnUrl, String data) {}

    private final DataSource dataSource;
    private final ToolKeys keys;
    private final PlatformStore platforms;
    private final ExerciseCatalog catalog;
    private final Chapter chapter;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DeepLinks(DataSource dataSource, ToolKeys keys, PlatformStore platforms, ExerciseCatalog catalog, Chapter chapter,
            Clock clock) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.platforms = platforms;
        this.catalog = catalog;
        this.chapter = chapter;
        this.clock = clock;
    }

    /** Keeps an instructor's deep-linking launch; the id names it on the page where they choose. */
    String open(Launch launch, String username) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, username);
            insert.setLong(3, launch.platform().id());
            insert.setString(4, launch.deploymentId());
            insert.setString(5, launch.deepLinking().returnUrl().toString());
            insert.setString(6, launch.deepLinking().data());
            insert.setObject(7, OffsetDateTime.now(clock).plus(REQUEST_LIFETIME));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new StoreException("cannot keep a deep-linking request", e);
        }
    }

    /**
     * The signed answer to request {@code id} of {@code username}, linking {@code exercises} and
     * {@code sections} in that order; an {@link LtiException} names an unknown pick or a request that is not
     * theirs, has expired or was answered.
     */
    public Response respond(String id, String username, List<String> exercises, List<String> sections,
            ToolUrls urls) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String e : exercises) items.add(exerciseItem(e, urls));
        for (String s : sections) items.add(sectionItem(s, urls));
        if (items.isEmpty()) throw new LtiException(LtiException.Reason.INVALID, "pick at least one exercise or section");
        Pending pending = take(id, username);
        Platform platform = platforms.find(pending.platformId()).orElseThrow(() -> new LtiException(
                LtiException.Reason.NOT_FOUND, "the platform of this request is no longer registered"));
        return new Response(pending.returnUrl(), sign(platform, pending, items));
    }

    private Map<String, Object> exerciseItem(String id, ToolUrls urls) {
        Exercise exercise = catalog.find(id).orElseThrow(() -> new LtiException(LtiException.Reason.INVALID,
                "no exercise " + id));
        return item(exercise.title(), urls, Map.of(Destinations.EXERCISE, id), exercise.points(), id);
    }

    /** A section's line item is worth all its exercises; a section without any gets no line item. */
    private Map<String, Object> sectionItem(String number, ToolUrls urls) {
        TheorySection section = chapter.find(number).orElseThrow(() -> new LtiException(LtiException.Reason.INVALID,
                "no section " + number));
        double points = catalog.all().stream().filter(e -> SectionNumbers.page(e.section()).equals(number))
                .mapToDouble(Exercise::points).sum();
        return item(number + ". " + section.title(), urls, Map.of(Destinations.SECTION, number), points,
                "section-" + number);
    }

    private static Map<String, Object> item(String title, ToolUrls urls, Map<String, String> custom, double points,
            String resourceId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("url", urls.launch().toString());
        item.put("custom", custom);
        if (points > 0) item.put("lineItem", Map.of("label", title, "scoreMaximum", points, "resourceId", resourceId));
        return item;
    }

    private Pending take(String id, String username) {
        try (Connection c = dataSource.getConnection()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<Pending> pending;
            try (PreparedStatement select = c.prepareStatement(SELECT)) {
                select.setString(1, id);
                select.setString(2, username);
                select.setObject(3, now);
                try (ResultSet r = select.executeQuery()) {
                    pending = r.next() ? Optional.of(new Pending(r.getLong(1), r.getString(2),
                            URI.create(r.getString(3)), r.getString(4))) : Optional.empty();
                }
            }
            try (PreparedStatement delete = c.prepareStatement(DELETE)) {
                delete.setString(1, id);
                delete.setObject(2, now);
                // Only the one who takes the row answers: a second taker finds it gone.
                if (pending.isPresent() && delete.executeUpdate() == 0) pending = Optional.empty();
            }
            return pending.orElseThrow(() -> new LtiException(LtiException.Reason.NOT_FOUND, "this deep-linking"
                    + " request is answered, expired or not yours; open the platform's content selection again"));
        } catch (SQLException e) {
            throw new StoreException("cannot read a deep-linking request", e);
        }
    }

    private String sign(Platform platform, Pending pending, List<Map<String, Object>> items) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .audience(platform.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(RESPONSE_LIFETIME)))
                .claim(Claims.NONCE, HexFormat.of().formatHex(nonce))
                .claim(Claims.DEPLOYMENT_ID, pending.deploymentId())
                .claim(Claims.MESSAGE_TYPE, MESSAGE_TYPE)
                .claim(Claims.VERSION, Claims.LTI_VERSION)
                .claim(CONTENT_ITEMS, items);
        if (pending.data() != null) claims.claim(DATA, pending.data());
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(ToolKeys.ALGORITHM).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the tool's RSA key signs", e);
        }
    }
}
