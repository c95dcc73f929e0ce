package com.tangentlab.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What else happens to new accounts in the transaction that creates them, such as joining a course: if it
 * fails, no account is created either.
 */
@FunctionalInterface
public interface Enrolment {
    /** Nothing beyond the accounts themselves. */
    Enrolment NONE = (c, users) -> { };

    void enrol(Connection c, List<User> created) throws SQLException;
}
