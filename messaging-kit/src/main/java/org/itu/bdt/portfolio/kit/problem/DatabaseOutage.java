package org.itu.bdt.portfolio.kit.problem;

import org.hibernate.JDBCException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a JDBC failure means the database could not be reached or ended the connection (PostgreSQL's SQLSTATE
 * classes 08 "connection exception" and 57P "operator intervention": admin or crash shutdown, cannot connect now), or
 * refused it because the database does not accept connections at the moment ({@code ALLOW_CONNECTIONS false}, 55000
 * with that message): an outage the caller can wait out, not a defect.
 */
final class DatabaseOutage {

    private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean is(JDBCException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String state = cause instanceof JDBCException jdbc ? jdbc.getSQLState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || OPERATOR_INTERVENTION.contains(state)
                    || state.equals("55000") && String.valueOf(cause.getMessage()).contains("not currently accepting"))) {
                return true;
            }
        }
        return false;
    }
}
