package org.itu.bdt.portfolio.funding.instalments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V8 on payments recorded before it: each is booked in CHF at its agreement's rate, and published once
 * more as an InstalmentReceived with chfAmount, as the service publishes a new payment.
 */
class InstalmentRepublishMigrationTest {
    private static final String TYPE = "int.itu.bdt.portfolio.InstalmentReceived";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PostgresDatabaseResource DATABASE = new PostgresDatabaseResource();

    @BeforeAll
    static void paymentsRecordedBeforeV8() throws SQLException {
        String name = System.getenv().getOrDefault("FUNDING_TEST_DB", "funding_test") + "_v8";
        DATABASE.init(Map.of(PostgresDatabaseResource.DATABASE, name));
        DATABASE.start();
        flyway("7").migrate();
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into partner (partner_id, name, type, country) values
                        ('EC', 'European Commission', 'INTERGOVERNMENTAL', null),
                        ('JP-MIC', 'Japan MIC', 'GOVERNMENT', 'JP'),
                        ('US-OLD', 'United States', 'GOVERNMENT', 'US')""");
            sql.execute("""
                    insert into agreement (agreement_number, project_number, partner_id, funding_source, currency,
                                           original_amount, chf_amount, signed_on, rate, rate_month, rate_source)
                    values ('9RAF24107-01', '9RAF24107', 'EC', 'PARTNER', 'EUR', 1000.00, 950.00, '2024-03-10',
                            0.950000, '2024-03-01', 'UN operational rates of exchange'),
                           ('7BTN23069-01', '7BTN23069', 'JP-MIC', 'PARTNER', 'JPY', 73000000, 435153.00,
                            '2023-11-26', 0.005961, '2023-11-01', 'UN operational rates of exchange'),
                           ('7USA19001-01', '7USA19001', 'US-OLD', 'PARTNER', 'USD', 1000.00, 912.35, '2019-02-01',
                            null, null, 'booked before conversion')""");
            sql.execute("""
                    insert into payment (reference, agreement_number, sequence, received_on, amount) values
                        ('FIN-2024-0815', '9RAF24107-01', 1, '2024-04-02', 300.00),
                        ('FIN-2024-0816', '9RAF24107-01', 2, '2024-05-02', 250.05),
                        ('JP-2024-1', '7BTN23069-01', 1, '2024-01-15', 1000001),
                        ('US-2019-1', '7USA19001-01', 1, '2019-06-01', 333.33)""");
        }
        flyway(null).migrate();
    }

    @Test
    void everyPaymentIsBookedInChfAtItsAgreementsRateHalfUp() throws SQLException {
        assertThat(query("select reference, chf_amount::text from payment order by reference")).containsExactly(
                Map.of("reference", "FIN-2024-0815", "chf", "285.00"),
                Map.of("reference", "FIN-2024-0816", "chf", "237.55"),
                Map.of("reference", "JP-2024-1", "chf", "5961.01"),
                // no rate: the CHF per unit it was signed at, 912.35 / 1000.00
                Map.of("reference", "US-2019-1", "chf", "304.11"));
    }

    @Test
    void everyPaymentIsPublishedAgainWithItsChfAmountAndTheSameReference() throws Exception {
        List<Map<String, String>> events = query("""
                select id::text, message_key, event_type, payload,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from outbox_event
                where event_type like '%InstalmentReceived' order by position""");

        assertThat(events).extracting(event -> event.get("key"))
                .containsExactly("7BTN23069", "7USA19001", "9RAF24107", "9RAF24107");
        assertThat(events).extracting(event -> JSON.readTree(event.get("payload")).get("reference").asText())
                .containsExactly("JP-2024-1", "US-2019-1", "FIN-2024-0815", "FIN-2024-0816");
        assertThat(JSON.readTree(events.get(0).get("payload"))).isEqualTo(JSON.readTree("""
                {"agreementNumber":"7BTN23069-01","projectNumber":"7BTN23069","partnerId":"JP-MIC",
                 "reference":"JP-2024-1","receivedOn":"2024-01-15","amount":"1000001","chfAmount":"5961.01",
                 "currency":"JPY"}"""));
        EventContract contract = EventContract.load();
        JsonNode documented = contract.examples("portfolio.funding.v1").stream()
                .filter(example -> example.type().equals(TYPE)).findFirst().orElseThrow().payloadTree();
        assertThat(JSON.readTree(events.get(2).get("payload"))).isEqualTo(documented);
        for (Map<String, String> event : events) {
            assertThat(event.get("type")).isEqualTo(TYPE);
            contract.assertConforms("portfolio.funding.v1", event.get("key"), headersOf(event), event.get("payload"));
        }
    }

    /** The headers the relay gives an outbox row. */
    private static Map<String, String> headersOf(Map<String, String> event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", event.get("id"));
        headers.put("ce_type", event.get("type"));
        headers.put("ce_source", "/bdt/funding-service");
        headers.put("ce_time", event.get("occurredAt"));
        headers.put("ce_subject", event.get("key"));
        headers.put("content-type", "application/json");
        return headers;
    }

    private static List<Map<String, String>> query(String select) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(select)) {
            while (result.next()) {
                rows.add(result.getMetaData().getColumnCount() == 2
                        ? Map.of("reference", result.getString(1), "chf", result.getString(2))
                        : Map.of("id", result.getString(1), "key", result.getString(2), "type", result.getString(3),
                        "payload", result.getString(4), "occurredAt", result.getString(5)));
            }
        }
        return rows;
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(DATABASE.jdbcUrl(), env("PGUSER", "postgres"), System.getenv("PGPASSWORD"))
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
