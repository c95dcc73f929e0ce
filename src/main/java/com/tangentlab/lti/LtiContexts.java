package com.tangentlab.lti;

import com.tangentlab.offering.Offering;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The course instance (offering) of each platform course (LTI context): made on the first launch of one of
 * its instructors, titled after the platform's course, and found again by every later launch.
 */
final class LtiContexts {
    private static final String SELECT = "SELECT offering_id FROM lti_contexts WHERE platform_id = ?"
            + " AND context_id = ?";
    private static final String INSERT = "INSERT INTO lti_contexts (platform_id, context_id, offering_id)"
            + " VALUES (?, ?, ?)";
    /** What a platform course without a title is called here. */
    private static final String UNTITLED = "Course from the learning platform";

    private final DataSource dataSource;
    private final Offerings offerings;

    LtiContexts(DataSource dataSource, Offerings offerings) {
        this.dataSource = dataSource;
        this.offerings = offerings;
    }

    Optional<Long> offeringOf(Platform platform, Launch.Context context) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setLong(1, platform.id());
            select.setString(2, context.id());
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the course of an LTI context", e);
        }
    }

    /**
     * A new offering for the context. Two first launches at once both make one; the one whose link is stored
     * second finds the first's and leaves its own empty offering behind.
     */
    long create(Platform platform, Launch.Context context) {
        Offering offering = offerings.create(title(context));
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, platform.id());
            insert.setString(2, context.id());
            insert.setLong(3, offering.id());
            insert.executeUpdate();
            return offering.id();
        } catch (SQLException e) {
            return offeringOf(platform, context).orElseThrow(() -> new StoreException("cannot link the LTI context "
                    + context.id() + " to a course", e));
        }
    }

    private static String title(Launch.Context context) {
        String title = context.title() == null ? "" : context.title().replaceAll("\\p{Cntrl}", " ").strip();
        if (title.isEmpty()) return UNTITLED;
        return title.length() > Offerings.MAX_TITLE_LENGTH ? title.substring(0, Offerings.MAX_TITLE_LENGTH) : title;
    }
}
