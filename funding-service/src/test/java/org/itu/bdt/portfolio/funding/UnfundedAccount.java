package org.itu.bdt.portfolio.funding;

import io.quarkus.test.junit.QuarkusTestProfile;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The ICT-DF tests' profile: without the test fund the other tests sign ITU lines from, so balances are exact.
 * A profile starts the application anew, on a freshly created database (PostgresDatabaseResource).
 */
public class UnfundedAccount implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.quarkus.flyway.locations", "db/migration");
    }

    /** Gives a test an account with no transfer and no allocation, whatever the tests before it did. */
    public static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("delete from amendment where agreement_number in"
                    + " (select agreement_number from agreement where funding_source = 'ITU')");
            statement.execute("delete from agreement where funding_source = 'ITU'");
            statement.execute("delete from ictdf_transfer");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the ICT-DF account", e);
        }
    }

    /** Leaves the allocations without the money behind them, as data older than the account would be. */
    public static void removeTransfers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("delete from ictdf_transfer");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the ICT-DF transfers", e);
        }
    }
}
