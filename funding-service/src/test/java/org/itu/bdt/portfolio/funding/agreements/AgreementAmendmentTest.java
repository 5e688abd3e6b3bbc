package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FundingTopic.amended;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class AgreementAmendmentTest {
    private static final String REASON = "ICT-DF allocation reduced by the Project Board after a revised work plan";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void rates() {
        referenceRatesPublished();
    }

    @Test
    void anAmendmentReplacesTheCurrentAmountsAndPublishesAgreementAmended() {
        post("/api/agreements", """
                {"agreementNumber":"7MNE24002-03","projectNumber":"7MNE24002","fundingSource":"ITU",
                 "currency":"CHF","originalAmount":47500.00,"signedOn":"2024-09-12"}""").statusCode(201);

        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post("/api/agreements/7MNE24002-03/amendments", """
                    {"effectiveOn":"2024-12-02","newOriginalAmount":44200.00,"reason":"%s"}""".formatted(REASON))
                    .statusCode(201)
                    .header("Location", endsWith("/api/agreements/7MNE24002-03"))
                    .contentType(ContentType.JSON)
                    .extract().asString();

            assertThat(body).isEqualTo("{\"amendmentId\":\"7MNE24002-03-A1\",\"agreementNumber\":\"7MNE24002-03\","
                    + "\"effectiveOn\":\"2024-12-02\",\"newOriginalAmount\":44200.00,\"newChfAmount\":44200.00,"
                    + "\"reason\":\"" + REASON + "\"}");
            ConsumerRecord<String, String> event = topic.awaitRecord(amended("7MNE24002-03-A1"));
            assertThat(event.key()).isEqualTo("7MNE24002");
            assertThat(header(event, "ce_subject")).isEqualTo("7MNE24002");
            assertThat(header(event, "ce_source")).isEqualTo("/bdt/funding-service");
            assertThat(event.value()).isEqualTo("{\"amendmentId\":\"7MNE24002-03-A1\","
                    + "\"agreementNumber\":\"7MNE24002-03\",\"projectNumber\":\"7MNE24002\","
                    + "\"effectiveOn\":\"2024-12-02\",\"sequence\":1,\"newOriginalAmount\":\"44200.00\","
                    + "\"newChfAmount\":\"44200.00\",\"reason\":\"" + REASON + "\",\"rate\":\"1.000000\","
                    + "\"rateMonth\":null,\"rateSource\":\"CHF\"}");
        }

        String agreement = given().when().get("/api/agreements/7MNE24002-03").then().statusCode(200)
                .extract().asString();
        assertThat(agreement).isEqualTo("{\"agreementNumber\":\"7MNE24002-03\",\"projectNumber\":\"7MNE24002\","
                + "\"partnerId\":null,\"fundingSource\":\"ITU\",\"currency\":\"CHF\",\"originalAmount\":47500.00,"
                + "\"chfAmount\":47500.00,\"rate\":1.000000,\"rateMonth\":null,\"rateSource\":\"CHF\","
                + "\"rateOverridden\":false,\"signedOn\":\"2024-09-12\",\"amendments\":[{\"amendmentId\":"
                + "\"7MNE24002-03-A1\",\"agreementNumber\":\"7MNE24002-03\",\"effectiveOn\":\"2024-12-02\","
                + "\"newOriginalAmount\":44200.00,\"newChfAmount\":44200.00,\"reason\":\"" + REASON + "\"}],"
                + "\"currentOriginalAmount\":44200.00,\"currentChfAmount\":44200.00,\"kind\":\"PROJECT_AGREEMENT\","
                + "\"contribution\":\"CASH\",\"asOf\":\"" + LocalDate.now() + "\",\"status\":\"ACTIVE\","
                + "\"cancelledOn\":null,\"cancellationReason\":null,\"asSigned\":{\"originalAmount\":47500.00,"
                + "\"chfAmount\":47500.00,\"signedOn\":\"2024-09-12\"},\"current\":{\"originalAmount\":44200.00,"
                + "\"chfAmount\":44200.00,\"effectiveOn\":\"2024-12-02\",\"amendmentId\":\"7MNE24002-03-A1\"}}");
    }

    @Test
    void theCurrentAmountsAreThoseOfTheAmendmentLatestInEffect() {
        signEuroAgreement("7TST00005-01", "7TST00005");
        post("/api/agreements/7TST00005-01/amendments", """
                {"effectiveOn":"2024-06-01","newOriginalAmount":1200.00,"reason":"raised"}""")
                .statusCode(201)
                .body("amendmentId", equalTo("7TST00005-01-A1"));
        post("/api/agreements/7TST00005-01/amendments", """
                {"amendmentId":"7TST00005-01-EARLY","effectiveOn":"2024-01-10","newOriginalAmount":1100.00,
                 "reason":"recorded late, effective from the signature"}""")
                .statusCode(201)
                .body("amendmentId", equalTo("7TST00005-01-EARLY"));
        post("/api/agreements/7TST00005-01/amendments", """
                {"effectiveOn":"2024-03-01","newOriginalAmount":1150.00,"reason":"third"}""")
                .statusCode(201)
                .body("amendmentId", equalTo("7TST00005-01-A3"));

        String body = given().when().get("/api/agreements/7TST00005-01").then().statusCode(200)
                .body("amendments.amendmentId",
                        equalTo(List.of("7TST00005-01-A1", "7TST00005-01-EARLY", "7TST00005-01-A3")))
                .extract().asString();
        assertThat(body).contains("\"currentOriginalAmount\":1200.00,\"currentChfAmount\":1117.71,");
    }

    @Test
    void ofTwoAmendmentsOnTheSameDayTheLaterIsInEffectAndTheirEventsCarryTheirSequence() {
        signEuroAgreement("7TST00005-07", "7TST00005");
        try (FundingTopic topic = FundingTopic.tail()) {
            post("/api/agreements/7TST00005-07/amendments", """
                    {"amendmentId":"7TST00005-07-B","effectiveOn":"2024-06-01","newOriginalAmount":1200.00,
                     "reason":"first"}""").statusCode(201);
            post("/api/agreements/7TST00005-07/amendments", """
                    {"amendmentId":"7TST00005-07-A","effectiveOn":"2024-06-01","newOriginalAmount":1300.00,
                     "reason":"corrected the same day"}""").statusCode(201);

            assertThat(topic.awaitRecord(amended("7TST00005-07-B")).value()).contains("\"sequence\":1,");
            assertThat(topic.awaitRecord(amended("7TST00005-07-A")).value()).contains("\"sequence\":2,");
        }
        given().when().get("/api/agreements/7TST00005-07").then().statusCode(200)
                .body("current.amendmentId", equalTo("7TST00005-07-A"))
                .body("currentOriginalAmount", equalTo(1300.00f));
    }

    @Test
    void anAmendmentOfAnUnknownAgreementIsNotFound() {
        assertRejected("7TST00006-99", """
                {"effectiveOn":"2024-02-01","newOriginalAmount":900.00,"newChfAmount":850.00,"reason":"none"}""",
                404, "not-found", null, null);
    }

    @Test
    void aDuplicateAmendmentIdConflictsAndStoresNothing() {
        signEuroAgreement("7TST00007-01", "7TST00007");
        String amendment = """
                {"amendmentId":"7TST00007-01-CUT","effectiveOn":"2024-02-01","newOriginalAmount":900.00,
                 "reason":"cut"}""";
        post("/api/agreements/7TST00007-01/amendments", amendment).statusCode(201);

        assertRejected("7TST00007-01", amendment, 409, "conflict", null, null);
    }

    @ParameterizedTest(name = "an amendment {0} of a {2} agreement is refused with {4} {5} naming {6}"
            + " and stores nothing")
    @MethodSource("badAmendments")
    void anAmendmentWithABadFieldIsRefusedWithAProblemNamingItAndStoresNothing(
            String amendment, String agreementNumber, String currency, String body, int status, String slug,
            String field, String message) {
        String projectNumber = agreementNumber.substring(0, agreementNumber.indexOf('-'));
        if (currency.equals("CHF")) {
            post("/api/agreements", """
                    {"agreementNumber":"%s","projectNumber":"%s","fundingSource":"ITU",
                     "currency":"CHF","originalAmount":500.00,"signedOn":"2024-01-10"}"""
                    .formatted(agreementNumber, projectNumber)).statusCode(201);
        } else {
            signEuroAgreement(agreementNumber, projectNumber);
        }

        assertRejected(agreementNumber, body, status, slug, field, message);
    }

    /** Each case amends an agreement of its own, signed on 2024-01-10. */
    static Stream<Arguments> badAmendments() {
        return Stream.of(
                arguments("effective before the signature", "7TST00006-01", "EUR", """
                        {"effectiveOn":"2024-01-09","newOriginalAmount":900.00,"reason":"too early"}""",
                        422, "unprocessable", "effectiveOn",
                        "must not be before the agreement's signature on 2024-01-10"),
                arguments("whose new CHF amount differs", "7TST00008-02", "CHF", """
                        {"effectiveOn":"2024-02-01","newOriginalAmount":400.00,"newChfAmount":399.99,"reason":"cut"}""",
                        400, "validation-failed", "newChfAmount", "must equal newOriginalAmount when currency is CHF"),
                arguments("to a negative amount", "7TST00009-01", "EUR", """
                        {"effectiveOn":"2024-02-01","newOriginalAmount":-1.00,"newChfAmount":1.00,"reason":"cut"}""",
                        400, "validation-failed", "newOriginalAmount", "must not be negative"),
                arguments("to an over-precise amount", "7TST00009-02", "EUR", """
                        {"effectiveOn":"2024-02-01","newOriginalAmount":1.00,"newChfAmount":1.001,"reason":"cut"}""",
                        400, "validation-failed", "newChfAmount", "must have at most 2 decimals"),
                arguments("without reason", "9TST00010-01", "EUR", """
                        {"effectiveOn":"2024-02-01","newOriginalAmount":1.00,"newChfAmount":1.00}""",
                        400, "validation-failed", "reason", "must not be blank"),
                arguments("with a reason longer than 500 characters", "9TST00010-02", "EUR", """
                        {"effectiveOn":"2024-02-01","newOriginalAmount":1.00,"newChfAmount":1.00,"reason":"%s"}"""
                                .formatted("r".repeat(501)),
                        400, "validation-failed", "reason", "size must be between 0 and 500"));
    }

    private static void signEuroAgreement(String agreementNumber, String projectNumber) {
        partnerExists("EC");
        post("/api/agreements", """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER",
                 "currency":"EUR","originalAmount":1000.00,"signedOn":"2024-01-10"}"""
                .formatted(agreementNumber, projectNumber))
                .statusCode(201);
    }

    private void assertRejected(String agreementNumber, String body, int status, String slug, String field,
                                String message) {
        Tables.Counts before = tables().counts();
        String path = "/api/agreements/" + agreementNumber + "/amendments";

        var response = post(path, body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
        if (field != null) {
            response.body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo(message));
        }

        assertThat(tables().counts()).isEqualTo(before);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
