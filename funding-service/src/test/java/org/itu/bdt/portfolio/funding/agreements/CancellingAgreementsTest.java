package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

@QuarkusTest
class CancellingAgreementsTest {
    private static final String REASON = "the partner withdrew its contribution after the mid-term review";

    @Inject
    DataSource dataSource;

    @Test
    void cancellingAnswersWithTheCancelledAgreementAndPublishesAgreementCancelled() {
        signEuroAgreement("7AGR00010");

        try (FundingTopic topic = FundingTopic.tail()) {
            post(path("7AGR00010-01"), """
                    {"cancelledOn":"2024-09-30","reason":"%s"}""".formatted(REASON))
                    .statusCode(200)
                    .contentType("application/json")
                    .body("agreementNumber", equalTo("7AGR00010-01"))
                    .body("status", equalTo("CANCELLED"))
                    .body("cancelledOn", equalTo("2024-09-30"))
                    .body("cancellationReason", equalTo(REASON))
                    .body("asOf", equalTo(LocalDate.now().toString()));

            ConsumerRecord<String, String> event = topic.awaitRecord(cancelled("7AGR00010-01"));
            assertThat(event.key()).isEqualTo("7AGR00010");
            assertThat(header(event, "ce_subject")).isEqualTo("7AGR00010");
            assertThat(header(event, "ce_source")).isEqualTo("/bdt/funding-service");
            assertThat(event.value()).isEqualTo("{\"agreementNumber\":\"7AGR00010-01\",\"projectNumber\":\"7AGR00010\","
                    + "\"cancelledOn\":\"2024-09-30\",\"reason\":\"" + REASON + "\"}");
        }
        given().when().get("/api/agreements/7AGR00010-01").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledOn", equalTo("2024-09-30"));
    }

    @Test
    void beforeItsCancellationDateTheAgreementStillStandsAsActive() {
        signEuroAgreement("7AGR00011");
        post(path("7AGR00011-01"), """
                {"cancelledOn":"2024-09-30","reason":"%s"}""".formatted(REASON)).statusCode(200);

        given().queryParam("asOf", "2024-09-29").when().get("/api/agreements/7AGR00011-01").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("cancelledOn", nullValue())
                .body("cancellationReason", nullValue());
        given().queryParam("asOf", "2024-09-30").when().get("/api/agreements/7AGR00011-01").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo(REASON));
    }

    @Test
    void cancellingTwiceConflictsAndKeepsTheFirstCancellation() {
        signEuroAgreement("7AGR00012");
        post(path("7AGR00012-01"), """
                {"cancelledOn":"2024-09-30","reason":"first"}""").statusCode(200);

        assertRejected("7AGR00012-01", """
                {"cancelledOn":"2024-10-31","reason":"second"}""", 409, "conflict", null, null);
        given().when().get("/api/agreements/7AGR00012-01").then()
                .body("cancelledOn", equalTo("2024-09-30"))
                .body("cancellationReason", equalTo("first"));
    }

    @Test
    void aCancellationBeforeTheSignatureIsUnprocessable() {
        signEuroAgreement("7AGR00013");

        assertRejected("7AGR00013-01", """
                {"cancelledOn":"2024-01-09","reason":"%s"}""".formatted(REASON), 422, "unprocessable",
                "cancelledOn", "must not be before the agreement's signature on 2024-01-10");
    }

    @Test
    void aCancellationDatedInTheFutureIsUnprocessable() {
        signEuroAgreement("7AGR00014");

        assertRejected("7AGR00014-01", """
                {"cancelledOn":"%s","reason":"%s"}""".formatted(LocalDate.now().plusDays(1), REASON), 422,
                "unprocessable", "cancelledOn", "must not be in the future");
    }

    @Test
    void aCancellationNeedsADateAndAReason() {
        signEuroAgreement("7AGR00015");
        Counts before = counts();

        post(path("7AGR00015-01"), "{\"reason\":\" \"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("cancelledOn", "reason")))
                .body("errors.message", equalTo(List.of("must not be null", "must not be blank")));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void cancellingAnUnknownAgreementIsNotFound() {
        assertRejected("7AGR00099-01", """
                {"cancelledOn":"2024-09-30","reason":"%s"}""".formatted(REASON), 404, "not-found", null, null);
    }

    @Test
    void amendingACancelledAgreementConflictsAndStoresNothing() {
        signEuroAgreement("7AGR00016");
        post(path("7AGR00016-01"), """
                {"cancelledOn":"2024-09-30","reason":"%s"}""".formatted(REASON)).statusCode(200);
        Counts before = counts();

        post("/api/agreements/7AGR00016-01/amendments", """
                {"effectiveOn":"2024-10-01","newOriginalAmount":900.00,"reason":"cut"}""")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("detail", equalTo("agreement 7AGR00016-01 was cancelled on 2024-09-30 and cannot be amended"));

        assertThat(counts()).isEqualTo(before);
    }

    /** What a refused cancellation must leave as it was: the rows, the cancellations, the outbox. */
    private record Counts(Tables.Counts rows, long cancelled) {
    }

    private Counts counts() {
        Tables tables = new Tables(dataSource);
        return new Counts(tables.counts(), tables.count("agreement where cancelled_on is not null"));
    }

    private void assertRejected(String agreementNumber, String body, int status, String slug, String field,
                                String message) {
        Counts before = counts();

        var response = post(path(agreementNumber), body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("status", equalTo(status))
                .body("instance", equalTo(path(agreementNumber)));
        if (field != null) {
            response.body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo(message));
        }

        assertThat(counts()).isEqualTo(before);
    }

    private static void signEuroAgreement(String projectNumber) {
        partnerExists("EC");
        referenceRatesPublished();
        post("/api/agreements", """
                {"agreementNumber":"%s-01","projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER",
                 "currency":"EUR","originalAmount":1000.00,"signedOn":"2024-01-10"}"""
                .formatted(projectNumber, projectNumber))
                .statusCode(201);
    }

    private static String path(String agreementNumber) {
        return "/api/agreements/" + agreementNumber + "/cancellation";
    }

    private static Predicate<ConsumerRecord<String, String>> cancelled(String agreementNumber) {
        return record -> "int.itu.bdt.portfolio.AgreementCancelled".equals(header(record, "ce_type"))
                && record.value().startsWith("{\"agreementNumber\":\"" + agreementNumber + "\",");
    }
}
