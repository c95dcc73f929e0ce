package com.tangentlab.gradebook;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** One offering's extensions: at most one per student and exercise (or per student for every exercise). */
public final class ExtensionStore {
    private static final String COLUMNS = "SELECT username, exercise_id, due_at, granted_by, granted_at FROM extensions"
            + " WHERE offering_id = ?";
    private static final String ALL = COLUMNS + " ORDER BY username, exercise_id";
    private static final String OF_STUDENT = COLUMNS + " AND username = ? ORDER BY exercise_id";
    /** NULL, every exercise, is matched as NULL: {@code exercise_id = NULL} would match nothing. */
    private static final String DELETE = "DELETE FROM extensions WHERE offering_id = ? AND username = ?"
            + " AND ((CAST(? AS VARCHAR(255)) IS NULL AND exercise_id IS NULL) OR exercise_id = ?)";
    private static final String INSERT = "INSERT INTO extensions (offering_id, username, exercise_id, due_at,"
            + " granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final long offeringId;

    public ExtensionStore(DataSource dataSource, long offeringId) {
        this.dataSource = dataSource;
        this.offeringId = offeringId;
    }

    /** Replaces the student's extension for the same exercise (or for every exercise), if any. */
    public void grant(Extension e) {
        Transaction.run(dataSource, "cannot grant " + e.username() + " an extension", c -> {
            delete(c, e.username(), e.exerciseId());
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setLong(1, offeringId);
                insert.setString(2, e.username());
                insert.setString(3, e.exerciseId());
                insert.setObject(4, e.dueAt());
                insert.setString(5, e.grantedBy());
                insert.setObject(6, e.grantedAt());
                insert.executeUpdate();
            }
        });
    }

    /** False when there was no such extension. */
    public boolean revoke(String username, String exerciseId) {
        return Transaction.answer(dataSource, "cannot take back the extension of " + username,
                c -> delete(c, username, exerciseId) > 0);
    }

    public List<Extension> all() {
        return read(ALL, null);
    }

    public List<Extension> of(String username) {
        return read(OF_STUDENT, username);
    }

    private int delete(Connection c, String username, String exerciseId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(DELETE)) {
            delete.setLong(1, offeringId);
            delete.setString(2, username);
            delete.setString(3, exerciseId);
            delete.setString(4, exerciseId);
            return delete.executeUpdate();
        }
    }

    private List<Extension> read(String sql, String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, offeringId);
            if (username != null) select.setString(2, username);
            try (ResultSet r = select.executeQuery()) {
                List<Extension> found = new ArrayList<>();
                while (r.next()) {
                    found.add(new Extension(r.getString("username"), r.getString("exercise_id"), utc(r, "due_at"),
                            r.getString("granted_by"), utc(r, "granted_at")));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the extensions", e);
        }
    }

    private static OffsetDateTime utc(ResultSet r, String column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
