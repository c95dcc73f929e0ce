package com.tangentlab.gradebook;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** One offering's settings row and its exercises' deadlines. */
public final class CourseRulesStore {
    /** What an offering counts before its instructors choose: the best attempt, less 10 % per day late. */
    public static final CourseRules DEFAULT_RULES = new CourseRules(GradingPolicy.BEST, LatePolicy.PENALTY, 10);

    private static final String SELECT_RULES = "SELECT grading_policy, late_policy, penalty_percent_per_day"
            + " FROM offering_settings WHERE offering_id = ?";
    private static final String UPDATE_RULES = "UPDATE offering_settings SET grading_policy = ?, late_policy = ?,"
            + " penalty_percent_per_day = ? WHERE offering_id = ?";
    private static final String INSERT_RULES = "INSERT INTO offering_settings (grading_policy, late_policy,"
            + " penalty_percent_per_day, offering_id) VALUES (?, ?, ?, ?)";
    private static final String SELECT_DEADLINES = "SELECT exercise_id, due_at FROM offering_deadlines"
            + " WHERE offering_id = ?";
    private static final String DELETE_DEADLINES = "DELETE FROM offering_deadlines WHERE offering_id = ?";
    private static final String INSERT_DEADLINE = "INSERT INTO offering_deadlines (offering_id, exercise_id, due_at)"
            + " VALUES (?, ?, ?)";
    private static final String INSERT_DEADLINE_IF_NONE = "INSERT INTO offering_deadlines (offering_id, exercise_id,"
            + " due_at) SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " WHERE NOT EXISTS (SELECT 1 FROM offering_deadlines WHERE offering_id = ? AND exercise_id = ?)";

    private final DataSource dataSource;
    private final long offeringId;

    /** The settings and deadlines of one offering. */
    public CourseRulesStore(DataSource dataSource, long offeringId) {
        this.dataSource = dataSource;
        this.offeringId = offeringId;
    }

    public CourseRules rules() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_RULES)) {
            select.setLong(1, offeringId);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return DEFAULT_RULES;
                return new CourseRules(GradingPolicy.fromLabel(r.getString("grading_policy")),
                        LatePolicy.fromLabel(r.getString("late_policy")), r.getDouble("penalty_percent_per_day"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the course settings", e);
        }
    }

    /** Every deadline by exercise id, in UTC. */
    public Map<String, OffsetDateTime> deadlines() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_DEADLINES)) {
            select.setLong(1, offeringId);
            try (ResultSet r = select.executeQuery()) {
                Map<String, OffsetDateTime> deadlines = new TreeMap<>();
                while (r.next()) {
                    deadlines.put(r.getString("exercise_id"), r.getObject("due_at", OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC));
                }
                return deadlines;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the deadlines", e);
        }
    }

    /** Replaces the rules and every deadline at once; an exercise missing from {@code deadlines} has none. */
    public void save(CourseRules rules, Map<String, OffsetDateTime> deadlines) {
        Transaction.run(dataSource, "cannot save the course settings", c -> {
            saveRules(c, rules);
            try (PreparedStatement delete = c.prepareStatement(DELETE_DEADLINES);
                    PreparedStatement insert = c.prepareStatement(INSERT_DEADLINE)) {
                delete.setLong(1, offeringId);
                delete.executeUpdate();
                for (Map.Entry<String, OffsetDateTime> d : deadlines.entrySet()) {
                    insert.setLong(1, offeringId);
                    insert.setString(2, d.getKey());
                    insert.setObject(3, d.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Sets a deadline only where the exercise has none, so seeding never overrides an instructor's choice. */
    public void setDeadlineIfNone(String exerciseId, OffsetDateTime dueAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(INSERT_DEADLINE_IF_NONE)) {
            insert.setLong(1, offeringId);
            insert.setString(2, exerciseId);
            insert.setObject(3, dueAt);
            insert.setLong(4, offeringId);
            insert.setString(5, exerciseId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot set the deadline of " + exerciseId, e);
        }
    }

    /** Gives {@code target} this offering's rules and deadlines, replacing its own: copying a course. */
    public void copyTo(CourseRulesStore target) {
        target.save(rules(), deadlines());
    }

    /** The offering's one settings row, updated where it exists and made where it does not. */
    private void saveRules(Connection c, CourseRules rules) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE_RULES)) {
            bindRules(update, rules);
            if (update.executeUpdate() == 1) return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_RULES)) {
            bindRules(insert, rules);
            insert.executeUpdate();
        }
    }

    private void bindRules(PreparedStatement statement, CourseRules rules) throws SQLException {
        statement.setString(1, rules.grading().label());
        statement.setString(2, rules.late().label());
        statement.setDouble(3, rules.penaltyPercentPerDay());
        statement.setLong(4, offeringId);
    }
}
