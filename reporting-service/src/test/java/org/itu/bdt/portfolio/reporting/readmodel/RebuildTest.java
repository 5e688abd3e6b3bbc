package org.itu.bdt.portfolio.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.PortfolioEventProducer;
import org.itu.bdt.portfolio.reporting.ReadModelSnapshot;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementCancelled;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectUpdated;

@QuarkusTest
class RebuildTest {

    private static final String REBUILD = "/api/admin/rebuild";
    private static final String REPORT = "/api/reports/portfolio-by-region";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Inject
    ReadModelTables tables;

    @Inject
    ReadModelSnapshot snapshot;

    @Inject
    Rebuilds rebuilds;

    @Inject
    SchemaLifecycle schemas;

    @Inject
    RebuildService rebuild;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RebuildHold hold;

    private PortfolioEventProducer producer;

    @BeforeEach
    void openProducer() {
        producer = new PortfolioEventProducer();
    }

    @AfterEach
    void closeProducerAndReleaseAnyHeldRebuild() {
        hold.open();
        producer.close();
    }

    @Test
    void aRebuildGivesTableForTableTheReadModelTheLiveConsumersKept() {
        apply(projectRegistered("9RAF24701", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24701-01", "9RAF24701", "PARTNER", "1000.00", "2024-03-12"),
                agreementAmended("9RAF24701-01-A1", "9RAF24701-01", "9RAF24701", "2024-06-01", "900.00"));
        finished(start());
        PortfolioEvent cancelled = agreementCancelled("9RAF24701-01", "9RAF24701", "2024-10-01");
        apply(cancelled, cancelled, agreementSigned("9RAF24701-02", "9RAF24701", "ITU", "55.55", "2024-04-01"),
                projectUpdated("9RAF24701", "EUROPE", "ONGOING", "2024-03-12", null, 2),
                projectRegistered("7CIS24702", "CIS", "PROPOSED", "2024-01-01", null));
        String before = snapshot.activeSchema();
        Map<String, List<String>> live = snapshot.tables();

        String rebuilt = finished(start()).extract().path("targetSchema");

        assertThat(snapshot.activeSchema()).isEqualTo(rebuilt).isNotEqualTo(before);
        assertThat(snapshot.tables()).isEqualTo(live).containsKeys("consumed_event", "region_ledger");
        await().atMost(PATIENCE).until(() -> !schemas.exists(before) || "public".equals(before));
    }

    @Test
    void aRebuildHasPostgreSQLAnalyseTheTablesItFillsSoThatItsStatementsArePlannedOnWhatTheyHold() {
        apply(projectRegistered("9RAF24721", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24721-01", "9RAF24721", "PARTNER", "10.00", "2024-03-12"));

        String rebuilt = finished(start()).extract().path("targetSchema");

        // PostgreSQL publishes its statistics shortly after the analyse
        await().atMost(PATIENCE).until(() -> analysed(rebuilt, "agreement_fact") && analysed(rebuilt, "region_ledger"));
    }

    private boolean analysed(String schema, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_user_tables"
                     + " where schemaname = ? and relname = ? and last_analyze is not null")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 1;
            }
        }
    }

    @Test
    void reportsAnswerFromTheOldTablesDuringARebuildAndAnEventSentMeanwhileCountsOnceAfterTheSwitch()
            throws InterruptedException {
        apply(projectRegistered("9RAF24711", "AFRICA", "ONGOING", "2024-03-12", null));
        finished(start());
        String report = report();
        BigDecimal itu = new BigDecimal(given().queryParam("asOf", "2024-12-31").get(REPORT).then()
                .extract().path("regions[0].ituFunding").toString());

        hold.close();
        long id = id(start());
        hold.awaitHeld(PATIENCE);
        // the new tables exist and are still empty: a report read from them would differ
        assertThat(running(id)).isTrue();
        assertThat(report()).isEqualTo(report);
        hold.open();
        while (running(id)) {
            assertThat(report()).isEqualTo(report);
        }

        hold.close();
        long second = id(start());
        hold.awaitHeld(PATIENCE);
        PortfolioEvent meanwhile = agreementSigned("9RAF24711-01", "9RAF24711", "ITU", "12.34", "2024-03-12");
        producer.send(meanwhile);
        await().atMost(PATIENCE).until(() -> tables.consumedOf(Set.of(meanwhile.id())) == 1);
        assertThat(running(second)).as("the event was applied to the old tables during the rebuild").isTrue();
        hold.open();
        finished(given().get(REBUILD + "/" + second).then());
        await().atMost(PATIENCE).until(() -> tables.consumedOf(Set.of(meanwhile.id())) == 1);

        given().queryParam("asOf", "2024-12-31").get(REPORT).then().statusCode(200)
                .body("regions[0].ituFunding", equalTo(itu.add(new BigDecimal("12.34")).floatValue()));
    }

    /**
     * PostgreSQL refuses the drop of the old tables (an event trigger stands for any failure there): the rebuild stays
     * finished, its new schema active and answering, the old one left behind. The failure used to fall into the
     * replay's error path, which dropped the new, active schema.
     */
    @Test
    void oldTablesThatCannotBeDroppedAreLeftBehindAndTheNewActiveOnesKept() throws Exception {
        finished(start());
        String before = snapshot.activeSchema();
        String rebuilt;
        refuseDrops(true);
        long id;
        try {
            ValidatableResponse second = start();
            id = id(second);
            rebuilt = finished(second).extract().path("targetSchema");
            // the drop comes a grace (1 s in tests) after the switch
            await().pollDelay(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() -> {
                assertThat(schemas.exists(rebuilt)).as("the new, active schema").isTrue();
                assertThat(schemas.exists(before)).as("the old schema, left behind").isTrue();
            });
        } finally {
            refuseDrops(false);
        }

        assertThat(snapshot.activeSchema()).isEqualTo(rebuilt);
        given().get(REBUILD + "/" + id).then().body("state", equalTo("FINISHED"));
        report();
        schemas.drop(before);
    }

    private void refuseDrops(boolean refuse) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (refuse) {
                statement.execute("create or replace function refuse_drops() returns event_trigger language plpgsql"
                        + " as $$ begin raise exception 'drops refused by RebuildTest'; end $$");
                statement.execute("create event trigger refuse_drops on ddl_command_start"
                        + " when tag in ('DROP SCHEMA', 'DROP TABLE') execute function refuse_drops()");
            } else {
                statement.execute("drop event trigger if exists refuse_drops");
                statement.execute("drop function if exists refuse_drops()");
            }
        }
    }

    @Test
    void aSecondRebuildWhileOneRunsIsAConflict() {
        hold.close();
        long id = id(start());

        given().post(REBUILD).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("rebuild " + id + " is still running"));
        hold.open();
        finished(given().get(REBUILD + "/" + id).then());
    }

    @Test
    void aRebuildInterruptedByAStopIsAbandonedAndItsSchemaDroppedAtTheNextStart() {
        var interrupted = rebuilds.find(QuarkusTransaction.requiringNew().call(rebuilds::start)).orElseThrow();
        schemas.create(interrupted.targetSchema());

        rebuild.abandonInterrupted();

        given().get(REBUILD + "/" + interrupted.id()).then().statusCode(200)
                .body("state", equalTo("ABANDONED"))
                .body("finishedAt", startsWith("20"));
        assertThat(schemas.exists(interrupted.targetSchema())).isFalse();
        assertThat(snapshot.activeSchema()).isNotEqualTo(interrupted.targetSchema());
    }

    @Test
    void anUnknownRebuildIsNotFound() {
        given().get(REBUILD + "/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    private static ValidatableResponse start() {
        return given().post(REBUILD).then().statusCode(202)
                .header("Location", containsString(REBUILD + "/"))
                .body("state", equalTo("RUNNING"))
                .body("targetSchema", startsWith("read_model_"));
    }

    private static ValidatableResponse finished(ValidatableResponse started) {
        long id = id(started);
        await().atMost(PATIENCE).until(() -> !running(id));
        return given().get(REBUILD + "/" + id).then().statusCode(200)
                .body("state", equalTo("FINISHED"))
                .body("finishedAt", startsWith("20"));
    }

    private static long id(ValidatableResponse rebuild) {
        return ((Number) rebuild.extract().path("id")).longValue();
    }

    private static boolean running(long id) {
        return "RUNNING".equals(given().get(REBUILD + "/" + id).then().statusCode(200).extract().path("state"));
    }

    private static String report() {
        return given().queryParam("asOf", "2024-12-31").get(REPORT).then().statusCode(200).extract().asString();
    }

    private void apply(PortfolioEvent... events) {
        producer.send(events);
        Set<UUID> ids = Arrays.stream(events).map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(PATIENCE).until(() -> tables.consumedOf(ids) == ids.size());
    }
}
