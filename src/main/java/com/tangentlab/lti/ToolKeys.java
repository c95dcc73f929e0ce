package com.tangentlab.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.tangentlab.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The tool's RSA key pairs, made by nimbus-jose-jwt and kept in the database so that every web node signs
 * with the same key and a restart keeps it. The newest key signs; every key's public half is published.
 */
public final class ToolKeys {
    /** What the LTI security framework asks for: RS256 with keys of at least 2048 bits. */
    static final int KEY_BITS = 2048;
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    private static final String SELECT = "SELECT jwk FROM lti_tool_keys ORDER BY created_at DESC, kid";
    private static final String INSERT = "INSERT INTO lti_tool_keys (kid, jwk, created_at) VALUES (?, ?, ?)";

    private final DataSource dataSource;
    private final Clock clock;

    public ToolKeys(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The key the tool signs with, made on first use. Two nodes making one at once both store theirs;
     * both are published, and the newest signs from then on.
     */
    public RSAKey signingKey() {
        List<RSAKey> keys = stored();
        if (!keys.isEmpty()) return keys.get(0);
        store(generate());
        return stored().get(0);
    }

    /** The public halves of every key, as a JWK set ready to serve: nothing private is in it. */
    public Map<String, Object> publicJwks() {
        signingKey();
        return new JWKSet(new ArrayList<>(stored())).toPublicJWKSet().toJSONObject(true);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_BITS).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(ALGORITHM).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("every Java runtime can make RSA keys", e);
        }
    }

    private void store(RSAKey key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, key.getKeyID());
            insert.setString(2, key.toJSONString());
            insert.setObject(3, OffsetDateTime.now(clock));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store the tool's key", e);
        }
    }

    private List<RSAKey> stored() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT);
                ResultSet r = select.executeQuery()) {
            List<RSAKey> keys = new ArrayList<>();
            while (r.next()) keys.add(RSAKey.parse(r.getString(1)));
            return keys;
        } catch (SQLException e) {
            throw new StoreException("cannot read the tool's keys", e);
        } catch (ParseException e) {
            throw new StoreException("a stored tool key is not a JSON Web Key: " + e.getMessage());
        }
    }
}
