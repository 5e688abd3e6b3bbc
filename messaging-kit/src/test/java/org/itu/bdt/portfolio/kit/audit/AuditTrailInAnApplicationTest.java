package org.itu.bdt.portfolio.kit.audit;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.itu.bdt.portfolio.kit.messaging.KitApplicationProfile;
import org.itu.bdt.portfolio.kit.messaging.KitDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** The audit trail answers who changed an amount, when, through which client and request, and from what. */
@QuarkusTest
@TestProfile(KitApplicationProfile.class)
@WithTestResource(TestIdentityProvider.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = "portfolio.kit.v1:3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class AuditTrailInAnApplicationTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Test
    void theTrailSaysWhoChangedTheAmountWhenAndFromWhat() {
        given().header(Tokens.asRole("finance")).header(RequestId.HEADER, "finance-batch-0042")
                .post("/kit-test/agreements/7AUD00001-01/raise").then()
                .statusCode(204)
                .header(RequestId.HEADER, "finance-batch-0042");

        given().header(Tokens.asRole("finance")).queryParam("entity", "agreement").queryParam("id", "7AUD00001-01")
                .get("/api/audit").then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].action", equalTo("amended"))
                .body("[0].subject", equalTo("finance"))
                .body("[0].client", equalTo(Tokens.PORTAL))
                .body("[0].requestId", equalTo("finance-batch-0042"))
                .body("[0].occurredAt", notNullValue())
                .body(containsString("\"before\":{\"originalAmount\":100.00}"))
                .body(containsString("\"after\":{\"originalAmount\":150.00}"));
    }

    @Test
    void aRequestWithoutAnIdGetsOneItIsToldAndTheTrailKeeps() {
        String id = given().header(Tokens.asRole("finance")).header(RequestId.HEADER, "not an id; drop table")
                .post("/kit-test/agreements/7AUD00002-01/raise").then()
                .statusCode(204)
                .header(RequestId.HEADER, matchesPattern("[0-9a-f-]{36}"))
                .extract().header(RequestId.HEADER);

        given().queryParam("entity", "agreement").queryParam("id", "7AUD00002-01").get("/api/audit").then()
                .body("[0].requestId", equalTo(id));
    }

    @Test
    void onlyAdminAndFinanceReadTheTrail() {
        given().header(Tokens.asRole("viewer")).queryParam("entity", "agreement").get("/api/audit").then()
                .statusCode(403);
        given().header(Tokens.asPartner("EC")).queryParam("entity", "agreement").get("/api/audit").then()
                .statusCode(403);
        given().header(Tokens.asRole("admin")).queryParam("entity", "agreement").get("/api/audit").then()
                .statusCode(200);
    }

    @Test
    void theTrailCannotBeChangedOrEmptiedEvenInTheDatabase() {
        given().header(Tokens.asRole("finance")).post("/kit-test/agreements/7AUD00003-01/raise").then().statusCode(204);

        for (String change : new String[] {"update audit_entry set subject = 'nobody'", "delete from audit_entry",
                "truncate audit_entry"}) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(change).executeUpdate()))
                    .as(change).hasStackTraceContaining("append-only");
        }
    }

    @Test
    void aBatchOfChangesIsRecordedInItsOrderWithItsValuesAsWritten() {
        QuarkusTransaction.requiringNew().run(() -> audit.recordAll("transfer", "imported", List.of(
                new AuditTrail.Change("TR-0001", null, Map.of("amount", new BigDecimal("1000.00"))),
                new AuditTrail.Change("TR-0002", Map.of("amount", new BigDecimal("2.50")), null))));

        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> audit.entries("transfer", null, 10));
        assertThat(entries).extracting(AuditEntry::entityId).containsExactly("TR-0002", "TR-0001");
        assertThat(entries.get(1).after().get("amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(entries.get(1).after().toString()).isEqualTo("{\"amount\":1000.00}");
        assertThat(entries.get(1).before()).isNull();
        assertThat(entries.get(0).after()).isNull();
    }

    @Test
    void theTrailNeedsAKindOfThing() {
        given().get("/api/audit").then().statusCode(400);
    }
}
