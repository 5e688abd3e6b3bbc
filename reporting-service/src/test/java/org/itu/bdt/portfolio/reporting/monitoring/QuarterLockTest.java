package org.itu.bdt.portfolio.reporting.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.reporting.AuditEntries;
import org.itu.bdt.portfolio.reporting.ConstructedQuarter;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.monitoring.QuarterlyReportTest.report;

/** A locked quarter answers the same numbers forever; late events show as adjustments. */
@QuarkusTest
class QuarterLockTest {

    private static final String Q1 = "/api/reports/quarterly/2025-Q1";

    @Inject
    ReadModelTables tables;

    @BeforeEach
    void startFromTheConstructedQuarterUnlocked() {
        tables.unlockAllQuarters();
        tables.clear();
        ConstructedQuarter.apply(tables, ConstructedQuarter.events());
    }

    @AfterEach
    void unlockForTheOtherTests() {
        tables.unlockAllQuarters();
    }

    @Test
    void aLateAgreementLeavesTheLockedNumbersAndShowsAsAnAdjustmentHereAndInTheNextQuarter() {
        String before = report("2025-Q1", "2025-06-30").getString("report");
        lock().statusCode(201).body("period", equalTo("2025-Q1")).body("lockedBy", equalTo("a.monitor"));

        ConstructedQuarter.apply(tables,
                List.of(agreementSigned("7AAA25001-03", "7AAA25001", "PARTNER", "5000.00", "2025-03-15")));

        JsonPath locked = report("2025-Q1", "2025-06-30");
        assertThat(locked.getString("report")).isEqualTo(before);
        assertThat(locked.getString("lock.lockedBy")).isEqualTo("a.monitor");
        assertThat(locked.getList("adjustments")).hasSize(2);
        assertThat(adjustment(locked, "signedPartnerChf")).containsEntry("period", "2025-Q1")
                .containsEntry("locked", new BigDecimal("100000.00"))
                .containsEntry("now", new BigDecimal("105000.00"))
                .containsEntry("difference", new BigDecimal("5000.00"));
        assertThat(adjustment(locked, "ongoingPartnerChf")).containsEntry("difference",
                new BigDecimal("5000.00"));
        JsonPath next = report("2025-Q2", "2025-06-30");
        assertThat(next.getString("lock")).isNull();
        assertThat(adjustment(next, "signedPartnerChf")).containsEntry("period", "2025-Q1");
        assertThat(next.getString("report.figures.signedPartnerChf")).isEqualTo("0.00");
        assertThat(given().get(Q1 + "?asOf=2025-06-30").asString())
                .isEqualTo(given().get(Q1 + "?asOf=2025-06-30").asString());
    }

    @Test
    void aQuarterIsLockedOnceOnlyAfterItEndedAndTheLockSaysWhoAndWhen() {
        given().get(Q1 + "/lock").then().statusCode(404).contentType("application/problem+json");
        lock().statusCode(201);

        given().get(Q1 + "/lock").then().statusCode(200).body("lockedBy", equalTo("a.monitor"))
                .body("lockedAt", startsWith("20"));
        lock().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"));
        given().header(monitor()).post("/api/reports/quarterly/2999-Q1/lock").then().statusCode(409)
                .body("detail", startsWith("2999-Q1 has not ended"));
        given().post("/api/reports/quarterly/2025-Q7/lock").then().statusCode(400);
    }

    @Test
    void aRebuildKeepsTheLocksAndTheAuditTrailWhichNamesWhoStartedIt() {
        lock().statusCode(201);
        String locked = report("2025-Q1", "2025-06-30").getString("report");
        List<Object> trail = AuditEntries.listOf("quarter-lock", "2025-Q1");

        long id = ((Number) given().header(monitor()).post("/api/admin/rebuild").then().statusCode(202)
                .extract().path("id")).longValue();
        await().atMost(Duration.ofSeconds(120)).until(() -> !"RUNNING".equals(
                given().get("/api/admin/rebuild/" + id).then().extract().path("state")));

        given().get(Q1 + "/lock").then().statusCode(200).body("lockedBy", equalTo("a.monitor"));
        assertThat(report("2025-Q1", "2025-06-30").getString("report")).isEqualTo(locked);
        assertThat(AuditEntries.listOf("quarter-lock", "2025-Q1")).isEqualTo(trail);
        JsonPath started = AuditEntries.of("rebuild", String.valueOf(id));
        assertThat(started.getList("action")).containsExactly("started");
        assertThat(started.getString("[0].subject")).isEqualTo("a.monitor");
        assertThat(started.getString("[0].after.targetSchema")).isEqualTo("read_model_" + id);
    }

    @Test
    void whoLockedAQuarterIsTheTokensSubjectWhateverAnXUserHeaderClaims() {
        given().header(monitor()).header("X-User", "somebody.else").post(Q1 + "/lock").then().statusCode(201)
                .body("lockedBy", equalTo("a.monitor"));

        given().header(Tokens.asRole("viewer")).get(Q1 + "/lock").then().statusCode(200)
                .body("lockedBy", equalTo("a.monitor"));
    }

    @Test
    void onlyAnAdministratorLocksAQuarter() {
        given().header(Tokens.asRole("finance")).post(Q1 + "/lock").then().statusCode(403)
                .contentType("application/problem+json");

        given().get(Q1 + "/lock").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse lock() {
        return given().header(monitor()).post(Q1 + "/lock").then();
    }

    /** An administrator whose token's subject is a.monitor. */
    private static Header monitor() {
        return Tokens.bearer(Tokens.with(claims -> {
            claims.setSubject("a.monitor");
            claims.setClaim("realm_access", Map.of("roles", List.of("admin")));
        }));
    }

    private static Map<String, Object> adjustment(JsonPath report, String figure) {
        return report.getMap("adjustments.find { it.figure == '" + figure + "' }");
    }
}
