package com.tangentlab.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Events per key in a sliding window, kept in the database so that every node counts the same events.
 * A key keeps at most {@code limit} events (older ones could only cost space), a key whose events have all
 * expired is forgotten, and past {@code maxKeys} keys the one whose latest event is oldest is dropped: a
 * flood of distinct keys costs a bounded number of rows.
 */
public final class SlidingWindow {
    /** The widest key the table holds; a longer one is kept as its SHA-256, which is as distinct. */
    static final int MAX_KEY_LENGTH = 255;
    /**
     * Tries at locking a key's row: the first finds none for a new key, the second locks the row just made,
     * and a third covers a row pruned by another node in between.
     */
    private static final int LOCK_ATTEMPTS = 3;
    private static final String PRUNE = "DELETE FROM window_keys WHERE window_name = ? AND last_at <= ?";
    private static final String INSERT_KEY = "INSERT INTO window_keys (window_name, key_text, last_at)"
            + " VALUES (?, ?, ?)";
    private static final String LOCK_KEY = "SELECT last_at FROM window_keys WHERE window_name = ? AND key_text = ?"
            + " FOR UPDATE";
    private static final String TOUCH_KEY = "UPDATE window_keys SET last_at = ? WHERE window_name = ? AND key_text = ?";
    private static final String DROP_EXPIRED = "DELETE FROM window_events WHERE window_name = ? AND key_text = ?"
            + " AND happened_at <= ?";
    private static final String EVENTS = "SELECT id, happened_at FROM window_events WHERE window_name = ?"
            + " AND key_text = ? ORDER BY happened_at, id";
    private static final String INSERT_EVENT = "INSERT INTO window_events (window_name, key_text, happened_at)"
            + " VALUES (?, ?, ?)";
    private static final String DELETE_EVENT = "DELETE FROM window_events WHERE id = ?";
    private static final String DELETE_KEY = "DELETE FROM window_keys WHERE window_name = ? AND key_text = ?";
    private static final String COUNT_KEYS = "SELECT COUNT(*) FROM window_keys WHERE window_name = ?";
    private static final String COUNT_EVENTS = "SELECT COUNT(*) FROM window_events WHERE window_name = ?";
    private static final String OLDEST_KEY = "SELECT key_text FROM window_keys WHERE window_name = ?"
            + " AND key_text <> ? ORDER BY last_at, key_text LIMIT 1";
    private static final String IN_WINDOW = "SELECT COUNT(*), MIN(happened_at) FROM window_events"
            + " WHERE window_name = ? AND key_text = ? AND happened_at > ?";
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final String name;
    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;

    /** {@code name} tells this window's rows from other windows' (at most 32 characters). */
    public SlidingWindow(DataSource dataSource, String name, int limit, Duration window, int maxKeys, Clock clock) {
        this.dataSource = dataSource;
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Seconds until {@code key} may have another event, or empty when it is under the limit. */
    public OptionalLong retryAfterSeconds(String key) {
        OffsetDateTime now = now();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(IN_WINDOW)) {
            select.setString(1, name);
            select.setString(2, stored(key));
            select.setObject(3, now.minus(window));
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return wait(r.getInt(1), r.getObject(2, OffsetDateTime.class), now);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the " + name + " of a key", e);
        }
    }

    /** Counts one event for {@code key}, whatever its count. */
    public void record(String key) {
        locked(key, "cannot count one of the " + name, (c, k, now) -> {
            add(c, k, now);
            return OptionalLong.empty();
        });
    }

    /**
     * Counts one event for {@code key} if it is under the limit, as one step on every node; otherwise
     * counts nothing and says how many seconds until one will be allowed.
     */
    public OptionalLong tryRecord(String key) {
        return locked(key, "cannot count one of the " + name, (c, k, now) -> {
            OptionalLong wait = wait(events(c, k, now), now);
            if (wait.isEmpty()) add(c, k, now);
            return wait;
        });
    }

    /** Takes back the latest event of {@code key}, when what it was counted for did not happen. */
    public void removeLatest(String key) {
        locked(key, "cannot take back one of the " + name, (c, k, now) -> {
            Events events = events(c, k, now);
            if (events.count() > 0) deleteEvent(c, events.newestId());
            return OptionalLong.empty();
        });
    }

    public void forget(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(DELETE_KEY)) {
            delete.setString(1, name);
            delete.setString(2, stored(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot forget a key of the " + name, e);
        }
    }

    /** Keys held now, for tests of the bound. */
    public int keys() {
        return count(COUNT_KEYS);
    }

    /** Events held now, for tests of the bound. */
    public int events() {
        return count(COUNT_EVENTS);
    }

    /** The work done on one key while its row is locked. */
    @FunctionalInterface
    private interface KeyWork {
        OptionalLong run(Connection c, String key, OffsetDateTime now) throws SQLException;
    }

    /**
     * Prunes expired keys, then runs {@code work} in a transaction that holds {@code key}'s row locked, so
     * that the same key's work on other nodes waits for it; a key without a row gets one first. Locking
     * comes before inserting because most keys have a row: a failed insert would cost a round trip and a
     * line in PostgreSQL's log.
     */
    private OptionalLong locked(String key, String what, KeyWork work) {
        String k = stored(key);
        OffsetDateTime now = now();
        try (Connection c = dataSource.getConnection()) {
            prune(c, now);
            for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
                OptionalLong result = inTransaction(c, k, now, work);
                if (result != null) return result;
                if (makeKey(c, k, now)) evictBeyondBound(c, k);
            }
            throw new StoreException(what + ": its row kept being pruned by other nodes");
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    /** The work's answer, or null when the key's row was pruned before it could be locked. */
    private OptionalLong inTransaction(Connection c, String key, OffsetDateTime now, KeyWork work)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            if (!lock(c, key)) {
                c.rollback();
                return null;
            }
            OptionalLong result = work.run(c, key, now);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private boolean lock(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(LOCK_KEY)) {
            select.setString(1, name);
            select.setString(2, key);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Outside any transaction: holding no lock while it waits for others, it cannot deadlock with them. */
    private void prune(Connection c, OffsetDateTime now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(PRUNE)) {
            delete.setString(1, name);
            delete.setObject(2, now.minus(window));
            delete.executeUpdate();
        }
    }

    /** True when this call made the key's row, false when it was there (or another node made it meanwhile). */
    private boolean makeKey(Connection c, String key, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_KEY)) {
            insert.setString(1, name);
            insert.setString(2, key);
            insert.setObject(3, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) return false;
            throw e;
        }
    }

    /** Drops the key whose latest event is oldest while there are more than {@code maxKeys}. */
    private void evictBeyondBound(Connection c, String made) throws SQLException {
        if (count(c, COUNT_KEYS) <= maxKeys) return;
        String oldest;
        try (PreparedStatement select = c.prepareStatement(OLDEST_KEY)) {
            select.setString(1, name);
            select.setString(2, made);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return;
                oldest = r.getString(1);
            }
        }
        try (PreparedStatement delete = c.prepareStatement(DELETE_KEY)) {
            delete.setString(1, name);
            delete.setString(2, oldest);
            delete.executeUpdate();
        }
    }

    /** A key's events in the window, oldest first: how many, the oldest's time and the newest's id. */
    private record Events(int count, OffsetDateTime oldest, long oldestId, long newestId) {}

    private Events events(Connection c, String key, OffsetDateTime now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(DROP_EXPIRED)) {
            delete.setString(1, name);
            delete.setString(2, key);
            delete.setObject(3, now.minus(window));
            delete.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement(EVENTS)) {
            select.setString(1, name);
            select.setString(2, key);
            try (ResultSet r = select.executeQuery()) {
                int count = 0;
                OffsetDateTime oldest = null;
                long oldestId = 0;
                long newestId = 0;
                while (r.next()) {
                    if (count++ == 0) {
                        oldestId = r.getLong(1);
                        oldest = r.getObject(2, OffsetDateTime.class);
                    }
                    newestId = r.getLong(1);
                }
                return new Events(count, oldest, oldestId, newestId);
            }
        }
    }

    private OptionalLong wait(Events events, OffsetDateTime now) {
        return wait(events.count(), events.oldest(), now);
    }

    private OptionalLong wait(int count, OffsetDateTime oldest, OffsetDateTime now) {
        if (count < limit) return OptionalLong.empty();
        return OptionalLong.of(Duration.between(now, oldest.plus(window)).toSeconds() + 1);
    }

    /** To the microsecond, which is what PostgreSQL keeps, so that a time read back equals the one written. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Adds an event now; the key keeps only its latest {@code limit}, the ones the limit looks at. */
    private void add(Connection c, String key, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
            insert.setString(1, name);
            insert.setString(2, key);
            insert.setObject(3, now);
            insert.executeUpdate();
        }
        try (PreparedStatement touch = c.prepareStatement(TOUCH_KEY)) {
            touch.setObject(1, now);
            touch.setString(2, name);
            touch.setString(3, key);
            touch.executeUpdate();
        }
        Events events = events(c, key, now);
        if (events.count() > limit) deleteEvent(c, events.oldestId());
    }

    private static void deleteEvent(Connection c, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(DELETE_EVENT)) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private int count(String sql) {
        try (Connection c = dataSource.getConnection()) {
            return count(c, sql);
        } catch (SQLException e) {
            throw new StoreException("cannot count the " + name, e);
        }
    }

    private int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, name);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The key as stored: itself, or its SHA-256 in hex when it is too long for the column. */
    static String stored(String key) {
        if (key.length() <= MAX_KEY_LENGTH) return key;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
