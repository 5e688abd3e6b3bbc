package org.itu.bdt.portfolio.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GET /api/audit answers who locked a quarter, when, through which request and with which figures; a lock refused
 * with a 4xx leaves nothing, and nobody changes the trail, not even in the database. (A rebuild keeps the trail and
 * is in it: QuarterLockTest.)
 */
@QuarkusTest
class AuditTrailTest {

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
    void theTrailSaysWhoLockedAQuarterWhenThroughWhichRequestAndWithWhichFigures() {
        given().header(monitor()).header("X-Request-Id", "close-2025-Q1.0001").post(Q1 + "/lock").then()
                .statusCode(201).header("X-Request-Id", "close-2025-Q1.0001");
        JsonPath locked = given().get(Q1 + "?asOf=2025-06-30").then().statusCode(200).extract().jsonPath();

        JsonPath trail = AuditEntries.of("quarter-lock", "2025-Q1");
        assertThat(trail.getString("[0].action")).isEqualTo("locked");
        assertThat(trail.getString("[0].subject")).isEqualTo("a.monitor");
        assertThat(trail.getString("[0].client")).isEqualTo(Tokens.PORTAL);
        assertThat(trail.getString("[0].requestId")).isEqualTo("close-2025-Q1.0001");
        assertThat(trail.getString("[0].occurredAt")).startsWith("20");
        assertThat(trail.getString("[0].before")).isNull();
        assertThat(trail.getString("[0].after.lockedBy")).isEqualTo("a.monitor");
        assertThat(trail.getString("[0].after.lockedAt")).isEqualTo(locked.getString("lock.lockedAt"));
        assertThat(numbers(trail.getMap("[0].after.figures"))).isEqualTo(numbers(locked.getMap("report.figures")))
                .containsEntry("signedPartnerChf", new BigDecimal("100000").stripTrailingZeros());
    }

    @Test
    void aLockRefusedWithA4xxLeavesNoEntry() {
        int before = AuditEntries.listOf("quarter-lock", "2025-Q1").size();
        given().header(monitor()).post(Q1 + "/lock").then().statusCode(201);

        given().header(monitor()).post(Q1 + "/lock").then().statusCode(409);
        given().header(Tokens.asRole("finance")).post(Q1 + "/lock").then().statusCode(403);
        given().header(monitor()).post("/api/reports/quarterly/2999-Q1/lock").then().statusCode(409);
        given().header(monitor()).post("/api/reports/quarterly/2025-Q7/lock").then().statusCode(400);

        assertThat(AuditEntries.listOf("quarter-lock", "2025-Q1")).hasSize(before + 1);
        assertThat(AuditEntries.listOf("quarter-lock", "2999-Q1")).isEmpty();
    }

    @Test
    void theTrailRefusesToBeChangedOrEmptiedEvenInTheDatabase() {
        given().header(monitor()).post(Q1 + "/lock").then().statusCode(201);

        for (String change : List.of("update reporting_admin.audit_entry set subject = 'someone.else'",
                "delete from reporting_admin.audit_entry", "truncate reporting_admin.audit_entry")) {
            assertThatThrownBy(() -> tables.execute(change)).hasStackTraceContaining("the audit trail is append-only");
        }
        assertThat(AuditEntries.of("quarter-lock", "2025-Q1").getString("[0].subject")).isEqualTo("a.monitor");
    }

    /** Each figure by its value, whatever the scale it is written with (the trail keeps no trailing zeros). */
    private static Map<String, BigDecimal> numbers(Map<String, Object> figures) {
        Map<String, BigDecimal> numbers = new TreeMap<>();
        figures.forEach((name, value) -> numbers.put(name, new BigDecimal(value.toString()).stripTrailingZeros()));
        return numbers;
    }

    /** An administrator whose token's subject is a.monitor. */
    private static Header monitor() {
        return Tokens.bearer(Tokens.with(claims -> {
            claims.setSubject("a.monitor");
            claims.setClaim("realm_access", Map.of("roles", List.of("admin")));
        }));
    }
}
