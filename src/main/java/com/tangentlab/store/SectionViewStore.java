package com.tangentlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Who opened which theory section page, and when: every view is kept. */
public final class SectionViewStore {
    private static final String INSERT = "INSERT INTO section_views (offering_id, username, section, viewed_at)"
            + " VALUES (?, ?, ?, ?)";
    private static final String FIRST_VIEWS = "SELECT username, MIN(viewed_at) AS first_view FROM section_views"
            + " WHERE offering_id = ? AND section = ? GROUP BY username";

    private final DataSource dataSource;
    private final Clock clock;
    private final long offeringId;

    /** The views made while working in one offering. */
    public SectionViewStore(DataSource dataSource, Clock clock, long offeringId) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.offeringId = offeringId;
    }

    /** Records that {@code username} opened {@code section} now; returns the time recorded. */
    public OffsetDateTime record(String username, String section) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        record(username, section, now);
        return now;
    }

    /** Records a view at a given time: for importing or seeding a class's history. */
    public void record(String username, String section, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, offeringId);
            insert.setString(2, username);
            insert.setString(3, section);
            insert.setObject(4, at);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record that " + username + " viewed section " + section, e);
        }
    }

    /** Each user's first view of {@code section}. */
    public Map<String, OffsetDateTime> firstViews(String section) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(FIRST_VIEWS)) {
            select.setLong(1, offeringId);
            select.setString(2, section);
            try (ResultSet r = select.executeQuery()) {
                Map<String, OffsetDateTime> first = new HashMap<>();
                while (r.next()) first.put(r.getString("username"), r.getObject("first_view", OffsetDateTime.class));
                return first;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the views of section " + section, e);
        }
    }
}
