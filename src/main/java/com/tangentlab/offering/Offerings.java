package com.tangentlab.offering;

import com.tangentlab.account.Enrolment;
import com.tangentlab.account.Role;
import com.tangentlab.account.User;
import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
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

/** The offerings and their rosters: create one, find one, add or change a member, read roles. */
public final class Offerings {
    /** As wide as the column, so that a title accepted is a title stored whole. */
    public static final int MAX_TITLE_LENGTH = 255;

    private static final String COLUMNS = "o.id, o.title, o.archived, o.created_at";
    private static final String INSERT = "INSERT INTO offerings (title, archived, created_at) VALUES (?, FALSE, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM offerings o WHERE o.id = ?";
    private static final String OF_USER = "SELECT " + COLUMNS + ", m.role FROM offerings o"
            + " JOIN offering_members m ON m.offering_id = o.id WHERE m.username = ? ORDER BY o.id";
    private static final String ROLE = "SELECT role FROM offering_members WHERE offering_id = ? AND username = ?";
    private static final String UPDATE_MEMBER = "UPDATE offering_members SET role = ?"
            + " WHERE offering_id = ? AND username = ?";
    private static final String INSERT_MEMBER = "INSERT INTO offering_members (offering_id, username, role)"
            + " VALUES (?, ?, ?)";
    private static final String USER_EXISTS = "SELECT 1 FROM users WHERE username = ?";
    private static final String FIRST = "SELECT " + COLUMNS + " FROM offerings o ORDER BY o.id LIMIT 1";
    private static final String MEMBERS = "SELECT m.username, u.display_name, m.role FROM offering_members m"
            + " JOIN users u ON u.username = m.username WHERE m.offering_id = ? ORDER BY m.username";
    private static final String RENAME = "UPDATE offerings SET title = ? WHERE id = ?";
    private static final String ARCHIVE = "UPDATE offerings SET archived = ? WHERE id = ?";

    private final DataSource dataSource;
    private final Clock clock;

    public Offerings(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A new offering with no members; 400-worthy {@link OfferingException} for a blank or unfit title. */
    public Offering create(String title) {
        String checked = checkedTitle(title);
        return Transaction.answer(dataSource, "cannot create the course " + checked, c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, checked);
                insert.setObject(2, OffsetDateTime.now(clock));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return find(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    public Optional<Offering> find(long id) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read the course " + id, e);
        }
    }

    /** Makes {@code username} a member of the offering in {@code role}, or changes the role of a member. */
    public void putMember(long offeringId, String username, OfferingRole role) {
        Transaction.run(dataSource, "cannot add " + username + " to the course " + offeringId,
                c -> putMember(c, offeringId, username, role));
    }

    /** As {@link #putMember(long, String, OfferingRole)}, in the caller's transaction. */
    public void putMember(Connection c, long offeringId, String username, OfferingRole role) throws SQLException {
        if (find(c, offeringId).isEmpty()) {
            throw new OfferingException(OfferingException.Reason.NOT_FOUND, "no course " + offeringId);
        }
        if (!userExists(c, username)) {
            throw new OfferingException(OfferingException.Reason.NOT_FOUND, "no account " + username);
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE_MEMBER)) {
            update.setString(1, role.label());
            update.setLong(2, offeringId);
            update.setString(3, username);
            if (update.executeUpdate() == 1) return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_MEMBER)) {
            insert.setLong(1, offeringId);
            insert.setString(2, username);
            insert.setString(3, role.label());
            insert.executeUpdate();
        }
    }

    /** The member's role in the offering; empty when {@code username} is not a member of it. */
    public Optional<OfferingRole> roleOf(long offeringId, String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(ROLE)) {
            select.setLong(1, offeringId);
            select.setString(2, username);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(OfferingRole.fromLabel(r.getString("role"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the role of " + username + " in the course " + offeringId, e);
        }
    }

    /** Every offering {@code username} belongs to, archived ones included, oldest first, with the role in each. */
    public List<Membership> offeringsOf(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(OF_USER)) {
            select.setString(1, username);
            try (ResultSet r = select.executeQuery()) {
                List<Membership> memberships = new ArrayList<>();
                while (r.next()) memberships.add(new Membership(offering(r), OfferingRole.fromLabel(r.getString("role"))));
                return memberships;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the courses of " + username, e);
        }
    }

    /**
     * The offering {@code username} works in: {@code chosen} while they are a member of it, else their first
     * offering not archived, else their first; empty for a user who belongs to none.
     */
    public Optional<Membership> current(String username, Long chosen) {
        List<Membership> mine = offeringsOf(username);
        return mine.stream().filter(m -> chosen != null && m.offering().id() == chosen).findFirst()
                .or(() -> mine.stream().filter(m -> !m.offering().archived()).findFirst())
                .or(() -> mine.stream().findFirst());
    }

    /**
     * Enrols new accounts in {@code offeringId} in their account's role (an instructor account instructs, any
     * other studies): for accounts made before anyone chose a course for them, such as the demo ones.
     */
    public Enrolment inAccountRole(long offeringId) {
        return (c, users) -> {
            for (User u : users) {
                putMember(c, offeringId, u.username(),
                        u.role() == Role.INSTRUCTOR ? OfferingRole.INSTRUCTOR : OfferingRole.STUDENT);
            }
        };
    }

    /** The oldest offering: the class a database began with, where offline grading and the demo class go. */
    public Offering first() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(FIRST);
                ResultSet r = select.executeQuery()) {
            if (!r.next()) throw new StoreException("the database has no course; migration V9 makes the first");
            return offering(r);
        } catch (SQLException e) {
            throw new StoreException("cannot read the first course", e);
        }
    }

    /** The offering's roster, by username. */
    public List<Member> members(long offeringId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(MEMBERS)) {
            select.setLong(1, offeringId);
            try (ResultSet r = select.executeQuery()) {
                List<Member> members = new ArrayList<>();
                while (r.next()) {
                    members.add(new Member(r.getString("username"), r.getString("display_name"),
                            OfferingRole.fromLabel(r.getString("role"))));
                }
                return members;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the members of the course " + offeringId, e);
        }
    }

    /** Gives the offering a new title; the offering as it now is. */
    public Offering rename(long offeringId, String title) {
        String checked = checkedTitle(title);
        return change(offeringId, RENAME, u -> u.setString(1, checked), "cannot rename the course " + offeringId);
    }

    /** Archives the offering (read-only from then on), or with {@code archived} false brings it back. */
    public Offering archive(long offeringId, boolean archived) {
        return change(offeringId, ARCHIVE, u -> u.setBoolean(1, archived), "cannot archive the course " + offeringId);
    }

    /** The statement's first parameter, set before the offering's id as its second. */
    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Offering change(long offeringId, String sql, Binding binding, String what) {
        return Transaction.answer(dataSource, what, c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                binding.bind(update);
                update.setLong(2, offeringId);
                if (update.executeUpdate() == 0) {
                    throw new OfferingException(OfferingException.Reason.NOT_FOUND, "no course " + offeringId);
                }
            }
            return find(c, offeringId).orElseThrow();
        });
    }

    static String checkedTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) throw new OfferingException(OfferingException.Reason.INVALID, "a course needs a title");
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new OfferingException(OfferingException.Reason.INVALID,
                    "a course title has at most " + MAX_TITLE_LENGTH + " characters, not " + trimmed.length());
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new OfferingException(OfferingException.Reason.INVALID, "a course title has no control characters");
        }
        return trimmed;
    }

    private static Optional<Offering> find(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(offering(r)) : Optional.empty();
            }
        }
    }

    private static boolean userExists(Connection c, String username) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(USER_EXISTS)) {
            exists.setString(1, username);
            try (ResultSet r = exists.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Offering offering(ResultSet r) throws SQLException {
        return new Offering(r.getLong("id"), r.getString("title"), r.getBoolean("archived"),
                r.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
