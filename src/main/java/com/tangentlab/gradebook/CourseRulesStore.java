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

/** The course settings row and the exercises' deadlines. */
public final class CourseRulesStore {
    private static final String SELECT_RULES = "SELECT grading_policy, late_policy, penalty_percent_per_day"
            + " FROM course_settings WHERE id = 1";
    private static final String UPDATE_RULES = "UPDATE course_settings SET grading_policy = ?, late_policy = ?,"
            + " penalty_percent_per_day = ? WHERE id = 1";
    private static final String SELECT_DEADLINES = "SELECT exercise_id, due_at FROM deadlines";
    private static final String DELETE_DEADLINES = "DELETE FROM deadlines";
    private static final String INSERT_DEADLINE = "INSERT INTO deadlines (exercise_id, due_at) VALUES (?, ?)";
    private static final String INSERT_DEADLINE_IF_NONE = "INSERT INTO deadlines (exercise_id, due_at)"
            + " SELECT CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
            + " WHERE NOT EXISTS (SELECT 1 FROM deadlines WHERE exercise_id = ?)";

    private final DataSource dataSource;

    public CourseRulesStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public CourseRules rules() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_RULES);
                ResultSet r = select.executeQuery()) {
            if (!r.next()) throw new StoreException("the course settings row is missing; migration V3 adds it");
            return new CourseRules(GradingPolicy.fromLabel(r.getString("grading_policy")),
                    LatePolicy.fromLabel(r.getString("late_policy")), r.getDouble("penalty_percent_per_day"));
        } catch (SQLException e) {
            throw new StoreException("cannot read the course settings", e);
        }
    }

    /** Every deadline by exercise id, in UTC. */
    public Map<String, OffsetDateTime> deadlines() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_DEADLINES);
                ResultSet r = select.executeQuery()) {
            Map<String, OffsetDateTime> deadlines = new TreeMap<>();
            while (r.next()) {
                deadlines.put(r.getString("exercise_id"), r.getObject("due_at", OffsetDateTime.class)
                        .withOffsetSameInstant(ZoneOffset.UTC));
            }
            return deadlines;
        } catch (SQLException e) {
            throw new StoreException("cannot read the deadlines", e);
        }
    }

    /** Replaces the rules and every deadline at once; an exercise missing from {@code deadlines} has none. */
    public void save(CourseRules rules, Map<String, OffsetDateTime> deadlines) {
        Transaction.run(dataSource, "cannot save the course settings", c -> {
            try (PreparedStatement update = c.prepareStatement(UPDATE_RULES);
                    PreparedStatement delete = c.prepareStatement(DELETE_DEADLINES);
                    PreparedStatement insert = c.prepareStatement(INSERT_DEADLINE)) {
                update.setString(1, rules.grading().label());
                update.setString(2, rules.late().label());
                update.setDouble(3, rules.penaltyPercentPerDay());
                update.executeUpdate();
                delete.executeUpdate();
                for (Map.Entry<String, OffsetDateTime> d : deadlines.entrySet()) {
                    insert.setString(1, d.getKey());
                    insert.setObject(2, d.getValue());
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
            insert.setString(1, exerciseId);
            insert.setObject(2, dueAt);
            insert.setString(3, exerciseId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot set the deadline of " + exerciseId, e);
        }
    }
}
