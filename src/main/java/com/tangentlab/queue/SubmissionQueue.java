package com.tangentlab.queue;

import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoreException;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Puts submissions into the shared grading queue, a column of their rows, and counts what waits. The
 * capacity is counted in the database under a lock every node takes, so it holds across web nodes.
 */
public final class SubmissionQueue {
    private static final String LOCK_INTAKE = "SELECT id FROM queue_intake WHERE id = 1 FOR UPDATE";
    private static final String COUNT_QUEUED = "SELECT COUNT(*) FROM submissions WHERE queued = TRUE AND priority = ?";
    private static final String COUNT_ALL_QUEUED = "SELECT COUNT(*) FROM submissions WHERE queued = TRUE";
    private static final String QUEUE = "UPDATE submissions SET queued = TRUE, priority = ?"
            + " WHERE id = ? AND status IS NULL AND failure IS NULL";
    private static final String QUEUE_LEFT_OUT = "UPDATE submissions SET queued = TRUE, priority = ?"
            + " WHERE source = 'web' AND queued = FALSE AND status IS NULL AND failure IS NULL";

    private final DataSource dataSource;
    private final SubmissionStore store;

    public SubmissionQueue(DataSource dataSource, SubmissionStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /**
     * Stores a student's submission in the queue unless {@code capacity} students' submissions already wait
     * or are being graded; empty, with nothing stored, when the queue is full.
     */
    public Optional<StoredSubmission> offer(NewSubmission s, int capacity) {
        return Transaction.answer(dataSource, "cannot queue the submission of " + s.student() + " to " + s.exerciseId(),
                c -> offerLocked(c, s, capacity));
    }

    private Optional<StoredSubmission> offerLocked(Connection c, NewSubmission s, int capacity) throws SQLException {
        // Every node's intake waits here for the others, so the count below cannot be overtaken.
        try (PreparedStatement lock = c.prepareStatement(LOCK_INTAKE); ResultSet r = lock.executeQuery()) {
            if (!r.next()) throw new SQLException("the queue_intake row is missing");
        }
        if (count(c, QueuePriority.STUDENT) >= capacity) return Optional.empty();
        StoredSubmission stored = store.add(c, s);
        mark(c, stored.id(), QueuePriority.STUDENT);
        return Optional.of(stored);
    }

    /** Stores a submission in the queue with {@code priority}, beyond any capacity: work the server brings. */
    public StoredSubmission add(NewSubmission s, QueuePriority priority) {
        return Transaction.answer(dataSource, "cannot queue the submission of " + s.student() + " to " + s.exerciseId(),
                c -> {
                    StoredSubmission stored = store.add(c, s);
                    mark(c, stored.id(), priority);
                    return stored;
                });
    }

    /** Puts a stored submission without a grade or a failure into the queue; false when it has either. */
    public boolean queue(long id, QueuePriority priority) {
        try (Connection c = dataSource.getConnection()) {
            return mark(c, id, priority);
        } catch (SQLException e) {
            throw new StoreException("cannot queue submission " + id, e);
        }
    }

    /**
     * Puts every web submission stored outside the queue and never graded (the demo class's, when its
     * server stopped before queueing them) into it as bulk work; says how many. A student's submission is
     * never among them: it is stored in the queue in the same transaction.
     */
    public int queueLeftOut() {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(QUEUE_LEFT_OUT)) {
            update.setInt(1, QueuePriority.BULK.rank());
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot queue the web submissions left out of the queue", e);
        }
    }

    /** Submissions of {@code priority} waiting or being graded, on every node. */
    public int queued(QueuePriority priority) {
        try (Connection c = dataSource.getConnection()) {
            return count(c, priority);
        } catch (SQLException e) {
            throw new StoreException("cannot count the queued submissions", e);
        }
    }

    /** Submissions of any priority waiting or being graded, on every node. */
    public int queued() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(COUNT_ALL_QUEUED);
                ResultSet r = select.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count the queued submissions", e);
        }
    }

    private static int count(Connection c, QueuePriority priority) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(COUNT_QUEUED)) {
            select.setInt(1, priority.rank());
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static boolean mark(Connection c, long id, QueuePriority priority) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(QUEUE)) {
            update.setInt(1, priority.rank());
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        }
    }
}
