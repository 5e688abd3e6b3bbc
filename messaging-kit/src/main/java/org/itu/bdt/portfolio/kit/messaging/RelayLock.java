package org.itu.bdt.portfolio.kit.messaging;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One active relay per service across replicas: a session-level PostgreSQL advisory lock, held on a connection kept
 * for it alone while this instance publishes. If that connection dies, PostgreSQL releases the lock with it and
 * another replica takes it on its next run; this instance tries again on each of its own runs.
 */
class RelayLock implements AutoCloseable {

    /** Shared by every replica of a service (each service has its own database). */
    static final long LOCK_ID = 0x4f5554424f58L;
    private static final Logger LOG = Logger.getLogger(RelayLock.class);

    private final DataSource dataSource;
    private Connection connection;

    RelayLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this instance holds the lock, taking it if it is free. */
    boolean held() {
        if (connection != null && alive()) {
            return true;
        }
        close();
        try {
            Connection candidate = dataSource.getConnection();
            if (tryLock(candidate)) {
                connection = candidate;
                LOG.info("this instance now publishes the outbox");
                return true;
            }
            candidate.close();
        } catch (SQLException e) {
            LOG.debugf("relay lock not available: %s", e.getMessage());
        }
        return false;
    }

    private boolean alive() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_ID);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** Unlocks before closing: a pool keeps the session, and with it the lock, when a connection is closed. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_ID);
            unlock.execute();
        } catch (SQLException e) {
            LOG.debugf("relay lock connection is gone, and the lock with it: %s", e.getMessage());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("relay lock connection did not close cleanly: %s", e.getMessage());
        }
        connection = null;
    }
}
