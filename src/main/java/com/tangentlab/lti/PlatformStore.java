package com.tangentlab.lti;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The registered platforms and their deployments. */
public final class PlatformStore {
    private static final String INSERT = "INSERT INTO lti_platforms (issuer, client_id, auth_endpoint, token_endpoint,"
            + " jwks_url, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String EXISTS = "SELECT id FROM lti_platforms WHERE issuer = ? AND client_id = ?";
    private static final String INSERT_DEPLOYMENT = "INSERT INTO lti_deployments (platform_id, deployment_id)"
            + " VALUES (?, ?)";
    private static final String COLUMNS = "SELECT id, issuer, client_id, auth_endpoint, token_endpoint, jwks_url"
            + " FROM lti_platforms";
    private static final String BY_ID = COLUMNS + " WHERE id = ?";
    private static final String BY_ISSUER = COLUMNS + " WHERE issuer = ? ORDER BY id";
    private static final String ALL = COLUMNS + " ORDER BY id";
    private static final String DEPLOYMENTS = "SELECT deployment_id FROM lti_deployments WHERE platform_id = ?"
            + " ORDER BY deployment_id";

    private final DataSource dataSource;
    private final Clock clock;

    public PlatformStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Stores a new platform; a CONFLICT when its issuer and client id are registered already. */
    public Platform register(Registration r, String registeredBy) {
        long id = Transaction.answer(dataSource, "cannot register the platform " + r.issuer(), c -> {
            if (exists(c, r.issuer(), r.clientId())) {
                throw new LtiException(LtiException.Reason.CONFLICT, "the platform " + r.issuer()
                        + " is registered already with the client id " + r.clientId());
            }
            long platformId = insert(c, r, registeredBy);
            try (PreparedStatement insert = c.prepareStatement(INSERT_DEPLOYMENT)) {
                for (String deployment : r.deploymentIds()) {
                    insert.setLong(1, platformId);
                    insert.setString(2, deployment);
                    insert.executeUpdate();
                }
            }
            return platformId;
        });
        return find(id).orElseThrow(() -> new StoreException("the platform just registered is gone"));
    }

    private static boolean exists(Connection c, String issuer, String clientId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(EXISTS)) {
            select.setString(1, issuer);
            select.setString(2, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private long insert(Connection c, Registration r, String registeredBy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, r.issuer());
            insert.setString(2, r.clientId());
            insert.setString(3, r.authEndpoint().toString());
            insert.setString(4, r.tokenEndpoint().toString());
            insert.setString(5, r.jwksUrl().toString());
            insert.setString(6, registeredBy);
            insert.setObject(7, OffsetDateTime.now(clock));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Platform> find(long id) {
        List<Platform> found = select(BY_ID, s -> s.setLong(1, id));
        return found.stream().findFirst();
    }

    /** The platforms registered under {@code issuer}: one per client id the platform gave. */
    public List<Platform> byIssuer(String issuer) {
        return select(BY_ISSUER, s -> s.setString(1, issuer));
    }

    public List<Platform> all() {
        return select(ALL, s -> { });
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Platform> select(String sql, Binding binding) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            binding.bind(select);
            List<Platform> platforms = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("id");
                    platforms.add(new Platform(id, r.getString("issuer"), r.getString("client_id"),
                            URI.create(r.getString("auth_endpoint")), URI.create(r.getString("token_endpoint")),
                            URI.create(r.getString("jwks_url")), deployments(c, id)));
                }
            }
            return platforms;
        } catch (SQLException e) {
            throw new StoreException("cannot read the registered platforms", e);
        }
    }

    private static List<String> deployments(Connection c, long platformId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(DEPLOYMENTS)) {
            select.setLong(1, platformId);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) ids.add(r.getString(1));
            }
            return ids;
        }
    }
}
