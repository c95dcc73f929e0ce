package com.tangentlab.queue;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Claims queued submissions for a worker and keeps them its own while it grades. A claim is one short
 * transaction: the first free row by priority then arrival, locked with {@code FOR UPDATE SKIP LOCKED} so that
 * two claimers never wait on, nor get, the same row, is given a lease; grading happens outside any transaction
 * while a heartbeat extends the lease. A lease that is not extended (its worker died) expires, and the next
 * claim takes the submission again. Lease times are this machine's clock: the machines of one site keep time
 * together (NTP), far closer than a lease's length.
 */
public final class Leases {
    private static final String CLAIM = "SELECT id, student, exercise_id, code, submitted_at, seed, source, batch,"
            + " claims FROM submissions WHERE queued = TRUE AND (lease_expires_at IS NULL OR lease_expires_at < ?)"
            + " ORDER BY priority, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";
    private static final String TAKE = "UPDATE submissions SET lease_owner = ?, lease_expires_at = ?,"
            + " claims = claims + 1 WHERE id = ?";
    private static final String GIVE_UP = "UPDATE submissions SET failure = ?, queued = FALSE, lease_owner = NULL,"
            + " lease_expires_at = NULL WHERE id = ?";
    private static final String EXTEND = "UPDATE submissions SET lease_expires_at = ?"
            + " WHERE lease_owner = ? AND queued = TRUE";
    private static final String RETRY_LATER = "UPDATE submissions SET lease_owner = NULL, lease_expires_at = ?"
            + " WHERE id = ? AND lease_owner = ? AND queued = TRUE";
    private static final String RELEASE_ALL = "UPDATE submissions SET lease_owner = NULL, lease_expires_at = NULL,"
            + " claims = claims - 1 WHERE lease_owner = ? AND queued = TRUE";
    private static final String LEASED = "SELECT lease_expires_at FROM submissions"
            + " WHERE id = ? AND queued = TRUE AND lease_owner IS NOT NULL";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lease;
    private final int maxClaims;

    /**
     * @param lease     how long a claim lasts unless extended
     * @param maxClaims claims that may end without a grade; the claim after them ends the submission failed
     */
    public Leases(DataSource dataSource, Clock clock, Duration lease, int maxClaims) {
        if (maxClaims < 1) throw new IllegalArgumentException("at least one claim is needed, not " + maxClaims);
        this.dataSource = dataSource;
        this.clock = clock;
        this.lease = lease;
        this.maxClaims = maxClaims;
    }

    public Duration lease() {
        return lease;
    }

    /**
     * Claims the first free queued submission for {@code owner}; empty when none is free. A submission
     * already claimed {@code maxClaims} times without a grade is not granted but ended failed ({@link
     * Claim.GaveUp}).
     */
    public Optional<Claim> claim(String owner) {
        return Transaction.answer(dataSource, "cannot claim a queued submission", c -> claim(c, owner));
    }

    private Optional<Claim> claim(Connection c, String owner) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement select = c.prepareStatement(CLAIM)) {
            select.setObject(1, now);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                StoredSubmission s = submission(r);
                int claims = r.getInt("claims");
                if (claims >= maxClaims) return Optional.of(giveUp(c, s, claims));
                take(c, s.id(), owner, now.plus(lease));
                return Optional.of(new Claim.Granted(s, claims + 1));
            }
        }
    }

    private static Claim giveUp(Connection c, StoredSubmission s, int claims) throws SQLException {
        String reason = "the grader stopped " + claims + " times while grading this submission (its worker or"
                + " its agent died each time); it is not graded again by itself";
        try (PreparedStatement update = c.prepareStatement(GIVE_UP)) {
            update.setString(1, reason);
            update.setLong(2, s.id());
            update.executeUpdate();
        }
        return new Claim.GaveUp(s.id(), s.student(), s.exerciseId(), reason);
    }

    /** The heartbeat: extends every lease {@code owner} holds by a whole lease from now; says how many. */
    public int extend(String owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(EXTEND)) {
            update.setObject(1, now().plus(lease));
            update.setString(2, owner);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot extend the leases of " + owner, e);
        }
    }

    /**
     * Gives a submission back after a fault of the worker's machine, to be claimed again once a lease's time
     * has passed; the claim still counts toward the limit, so a fault on every try ends it failed.
     */
    public void retryLater(long id, String owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(RETRY_LATER)) {
            update.setObject(1, now().plus(lease));
            update.setLong(2, id);
            update.setString(3, owner);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot give submission " + id + " back to the queue", e);
        }
    }

    /** Gives back every lease {@code owner} holds, uncounted, for another worker to claim at once; says how many. */
    public int releaseAll(String owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(RELEASE_ALL)) {
            update.setString(1, owner);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot release the leases of " + owner, e);
        }
    }

    /** True while a worker holds an unexpired lease on the submission: it is being graded. */
    public boolean isLeased(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(LEASED)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() && r.getObject(1, OffsetDateTime.class).isAfter(now());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the lease of submission " + id, e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void take(Connection c, long id, String owner, OffsetDateTime expires) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(TAKE)) {
            update.setString(1, owner);
            update.setObject(2, expires);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    private static StoredSubmission submission(ResultSet r) throws SQLException {
        return new StoredSubmission(r.getLong("id"), r.getString("student"), r.getString("exercise_id"),
                r.getString("code"), r.getObject("submitted_at", OffsetDateTime.class), r.getLong("seed"),
                SubmissionSource.fromLabel(r.getString("source")), r.getString("batch"));
    }
}
