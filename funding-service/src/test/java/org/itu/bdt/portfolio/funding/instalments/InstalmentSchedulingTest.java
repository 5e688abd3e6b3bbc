package org.itu.bdt.portfolio.funding.instalments;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.InstalmentRequests.Rows;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.pay;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.putSchedule;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.schedulePath;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.signEuroAgreement;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class InstalmentSchedulingTest {
    @Inject
    DataSource dataSource;

    @Test
    void aScheduleIsKeptInDueDateOrderWithWhatEachInstalmentReceivedAndNoEvent() {
        String agreement = signEuroAgreement("7AGR00030", "EC");
        Rows before = Rows.in(dataSource);

        String put = putSchedule(agreement, """
                [{"dueOn":"2099-09-30","amount":500.00},{"dueOn":"2024-03-31","amount":400}]""")
                .statusCode(200)
                .contentType("application/json")
                .extract().asString();

        assertThat(put).isEqualTo("{\"agreementNumber\":\"7AGR00030-01\",\"currency\":\"EUR\",\"scheduled\":900.00,"
                + "\"received\":0.00,\"outstanding\":900.00,\"instalments\":["
                + "{\"instalmentId\":\"7AGR00030-01-I1\",\"dueOn\":\"2024-03-31\",\"amount\":400.00,\"received\":0.00,"
                + "\"outstanding\":400.00,\"overdue\":true},"
                + "{\"instalmentId\":\"7AGR00030-01-I2\",\"dueOn\":\"2099-09-30\",\"amount\":500.00,\"received\":0.00,"
                + "\"outstanding\":500.00,\"overdue\":false}],\"payments\":[]}");
        assertThat(given().when().get(schedulePath(agreement)).then().statusCode(200).extract().asString())
                .isEqualTo(put);
        assertThat(Rows.in(dataSource)).isEqualTo(new Rows(before.agreements(), before.instalments() + 2,
                before.payments(), before.outboxEvents(), before.auditEntries() + 1));
    }

    @Test
    void aNewScheduleReplacesTheOldOneWholeWhileNothingIsReceived() {
        String agreement = signEuroAgreement("7AGR00031", "EC");
        putSchedule(agreement, """
                [{"dueOn":"2024-03-31","amount":400.00},{"dueOn":"2024-09-30","amount":600.00}]""").statusCode(200);

        putSchedule(agreement, "[{\"dueOn\":\"2025-01-31\",\"amount\":1000.00}]").statusCode(200);

        given().when().get(schedulePath(agreement)).then().statusCode(200)
                .body("instalments.instalmentId", equalTo(List.of("7AGR00031-01-I1")))
                .body("instalments.dueOn", equalTo(List.of("2025-01-31")))
                .body("scheduled", equalTo(1000.00f));
        assertThat(new Tables(dataSource)
                .count("instalment where agreement_number = '7AGR00031-01'")).isEqualTo(1);
    }

    @Test
    void anAgreementWithoutScheduleHasAnEmptyOne() {
        String agreement = signEuroAgreement("7AGR00032", "EC");

        given().when().get(schedulePath(agreement)).then().statusCode(200)
                .body("instalments", hasSize(0))
                .body("outstanding", equalTo(0.00f));
    }

    @Test
    void instalmentsAddingUpToMoreThanTheAgreementAreUnprocessableAndStoreNothing() {
        String agreement = signEuroAgreement("7AGR00033", "EC");
        putSchedule(agreement, "[{\"dueOn\":\"2024-03-31\",\"amount\":100.00}]").statusCode(200);

        assertRejected(agreement, """
                [{"dueOn":"2024-03-31","amount":600.00},{"dueOn":"2024-09-30","amount":400.01}]""", 422,
                "unprocessable", List.of("amount"),
                List.of("the instalments add up to EUR 1000.01, more than the agreement's EUR 1000.00"));
        given().when().get(schedulePath(agreement)).then().body("scheduled", equalTo(100.00f));
    }

    @Test
    void anInstalmentDueBeforeTheSignatureIsUnprocessable() {
        String agreement = signEuroAgreement("7AGR00034", "EC");

        assertRejected(agreement, """
                [{"dueOn":"2024-03-31","amount":10.00},{"dueOn":"2024-01-09","amount":10.00}]""", 422,
                "unprocessable", List.of("[1].dueOn"),
                List.of("must not be before the agreement's signature on 2024-01-10"));
    }

    @Test
    void badRowsAreListedByRowAndStoreNothing() {
        String agreement = signEuroAgreement("7AGR00035", "EC");

        assertRejected(agreement, """
                [{"amount":0},{"dueOn":"2024-03-31","amount":1.001},{"dueOn":"2024-03-31","amount":-5}]""", 400,
                "validation-failed", List.of("[0].dueOn", "[0].amount", "[1].amount", "[2].amount"),
                List.of("must not be null", "must be greater than 0", "must have at most 2 decimals",
                        "must not be negative"));
    }

    @Test
    void aScheduleThatIsNotAnArrayIsMalformed() {
        String agreement = signEuroAgreement("7AGR00036", "EC");
        Rows before = Rows.in(dataSource);

        putSchedule(agreement, "{\"dueOn\":\"2024-03-31\",\"amount\":10.00}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"));

        assertThat(Rows.in(dataSource)).isEqualTo(before);
    }

    @Test
    void onlyCashPartnerAgreementsHaveSchedules() {
        post("/api/agreements", """
                {"agreementNumber":"7AGR00037-01","projectNumber":"7AGR00037","fundingSource":"ITU",
                 "currency":"CHF","originalAmount":500.00,"signedOn":"2024-01-10"}""").statusCode(201);
        post("/api/agreements", """
                {"agreementNumber":"7AGR00037-02","projectNumber":"7AGR00037","partnerId":"EC",
                 "fundingSource":"PARTNER","currency":"CHF","originalAmount":500.00,"signedOn":"2024-01-10",
                 "kind":"SPONSORSHIP","contribution":"IN_KIND"}""").statusCode(201);

        assertRejected("7AGR00037-01", "[{\"dueOn\":\"2024-03-31\",\"amount\":10.00}]", 422, "unprocessable",
                List.of(), List.of());
        assertRejected("7AGR00037-02", "[{\"dueOn\":\"2024-03-31\",\"amount\":10.00}]", 422, "unprocessable",
                List.of(), List.of());
        putSchedule("7AGR00037-02", "[]").statusCode(422)
                .body("detail", equalTo("instalments are scheduled for cash PARTNER agreements only; 7AGR00037-02 "
                        + "is IN_KIND from PARTNER"));
    }

    @Test
    void theScheduleOfACancelledAgreementCannotBeReplaced() {
        String agreement = signEuroAgreement("7AGR00038", "EC");
        post("/api/agreements/" + agreement + "/cancellation", """
                {"cancelledOn":"2024-06-30","reason":"project closed early"}""").statusCode(200);

        assertRejected(agreement, "[{\"dueOn\":\"2024-03-31\",\"amount\":10.00}]", 409, "conflict",
                List.of(), List.of());
    }

    @Test
    void aScheduleWithPaymentsAgainstItCannotBeReplaced() {
        String agreement = signEuroAgreement("7AGR00039", "EC");
        putSchedule(agreement, "[{\"dueOn\":\"2024-03-31\",\"amount\":400.00}]").statusCode(200);
        pay(agreement, "FIN-7AGR00039-1", "2024-04-02", "100.00").statusCode(201);

        assertRejected(agreement, "[{\"dueOn\":\"2024-03-31\",\"amount\":500.00}]", 409, "conflict",
                List.of(), List.of());
        putSchedule(agreement, "[]").statusCode(409)
                .body("detail", equalTo("agreement 7AGR00039-01 has received EUR 100.00 against its schedule, "
                        + "which can no longer be replaced"));
    }

    @Test
    void theScheduleOfAnUnknownAgreementIsNotFound() {
        assertRejected("7AGR00099-09", "[]", 404, "not-found", List.of(), List.of());
        given().when().get(schedulePath("7AGR00099-09")).then().statusCode(404)
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    private void assertRejected(String agreementNumber, String body, int status, String slug, List<String> fields,
                                List<String> messages) {
        Rows before = Rows.in(dataSource);

        putSchedule(agreementNumber, body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("instance", equalTo(schedulePath(agreementNumber)))
                .body("errors.field", equalTo(fields.isEmpty() ? null : fields))
                .body("errors.message", equalTo(messages.isEmpty() ? null : messages));

        assertThat(Rows.in(dataSource)).isEqualTo(before);
    }
}
