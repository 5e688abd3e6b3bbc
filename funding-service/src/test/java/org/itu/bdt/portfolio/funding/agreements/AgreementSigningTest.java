package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.FundingTopic.keyedBy;
import static org.itu.bdt.portfolio.funding.FundingTopic.signed;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class AgreementSigningTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void partners() {
        partnerExists("JP-MIC");
        partnerExists("EC");
        partnerExists("ME-GOV");
        referenceRatesPublished();
    }

    @Test
    void signingAPartnerAgreementReturnsTheExactAmountsAndPublishesAgreementSigned() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post("/api/agreements", """
                    {"agreementNumber":"7BTN23069-01","projectNumber":"7BTN23069","partnerId":"JP-MIC",
                     "fundingSource":"PARTNER","currency":"JPY","originalAmount":73000000,"chfAmount":435153.00,
                     "signedOn":"2023-11-26"}""")
                    .statusCode(201)
                    .header("Location", endsWith("/api/agreements/7BTN23069-01"))
                    .contentType(ContentType.JSON)
                    .extract().asString();

            assertThat(body).isEqualTo("{\"agreementNumber\":\"7BTN23069-01\",\"projectNumber\":\"7BTN23069\","
                    + "\"partnerId\":\"JP-MIC\",\"fundingSource\":\"PARTNER\",\"currency\":\"JPY\","
                    + "\"originalAmount\":73000000,\"chfAmount\":435153.00,\"rate\":0.005961,"
                    + "\"rateMonth\":\"2023-11\",\"rateSource\":\"UN operational rates of exchange\","
                    + "\"rateOverridden\":false,\"signedOn\":\"2023-11-26\","
                    + "\"amendments\":[],\"currentOriginalAmount\":73000000,\"currentChfAmount\":435153.00,"
                    + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\",\"asOf\":\"" + LocalDate.now() + "\","
                    + "\"status\":\"ACTIVE\",\"cancelledOn\":null,\"cancellationReason\":null,"
                    + "\"asSigned\":{\"originalAmount\":73000000,\"chfAmount\":435153.00,\"signedOn\":\"2023-11-26\"},"
                    + "\"current\":{\"originalAmount\":73000000,\"chfAmount\":435153.00,\"effectiveOn\":\"2023-11-26\","
                    + "\"amendmentId\":null}}");

            ConsumerRecord<String, String> event = topic.awaitRecord(signed("7BTN23069-01"));
            assertThat(event.value()).isEqualTo("{\"agreementNumber\":\"7BTN23069-01\","
                    + "\"projectNumber\":\"7BTN23069\",\"partnerId\":\"JP-MIC\",\"fundingSource\":\"PARTNER\","
                    + "\"currency\":\"JPY\",\"originalAmount\":\"73000000\",\"chfAmount\":\"435153.00\","
                    + "\"signedOn\":\"2023-11-26\",\"rate\":\"0.005961\",\"rateMonth\":\"2023-11\","
                    + "\"rateSource\":\"UN operational rates of exchange\",\"kind\":\"PROJECT_AGREEMENT\","
                    + "\"contribution\":\"CASH\"}");
            assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(event, "ce_source")).isEqualTo("/bdt/funding-service");
            assertThat(header(event, "ce_subject")).isEqualTo("7BTN23069");
            assertThat(header(event, "content-type")).isEqualTo("application/json");
            assertThat(Instant.parse(header(event, "ce_time"))).isBetween(before, Instant.now());
            UUID id = UUID.fromString(header(event, "ce_id"));
            await().untilAsserted(() -> assertThat(tables().published(id)).contains(true));
        }
        given().when().get("/api/agreements/7BTN23069-01")
                .then().statusCode(200)
                .body("agreementNumber", equalTo("7BTN23069-01"))
                .body("amendments", hasSize(0));
    }

    @Test
    void signingAnItuAgreementTakesTheChfAmountFromTheOriginalAndPublishesANullPartner() {
        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post("/api/agreements", """
                    {"agreementNumber":"7BTN23069-02","projectNumber":"7BTN23069","fundingSource":"ITU",
                     "currency":"CHF","originalAmount":187635.00,"signedOn":"2023-11-26"}""")
                    .statusCode(201)
                    .header("Location", endsWith("/api/agreements/7BTN23069-02"))
                    .extract().asString();

            assertThat(body).isEqualTo("{\"agreementNumber\":\"7BTN23069-02\",\"projectNumber\":\"7BTN23069\","
                    + "\"partnerId\":null,\"fundingSource\":\"ITU\",\"currency\":\"CHF\","
                    + "\"originalAmount\":187635.00,\"chfAmount\":187635.00,\"rate\":1.000000,\"rateMonth\":null,"
                    + "\"rateSource\":\"CHF\",\"rateOverridden\":false,\"signedOn\":\"2023-11-26\","
                    + "\"amendments\":[],\"currentOriginalAmount\":187635.00,\"currentChfAmount\":187635.00,"
                    + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\",\"asOf\":\"" + LocalDate.now() + "\","
                    + "\"status\":\"ACTIVE\",\"cancelledOn\":null,\"cancellationReason\":null,"
                    + "\"asSigned\":{\"originalAmount\":187635.00,\"chfAmount\":187635.00,"
                    + "\"signedOn\":\"2023-11-26\"},\"current\":{\"originalAmount\":187635.00,"
                    + "\"chfAmount\":187635.00,\"effectiveOn\":\"2023-11-26\",\"amendmentId\":null}}");
            ConsumerRecord<String, String> event = topic.awaitRecord(signed("7BTN23069-02"));
            assertThat(event.key()).isEqualTo("7BTN23069");
            assertThat(header(event, "ce_type")).isEqualTo("int.itu.bdt.portfolio.AgreementSigned");
            assertThat(event.value()).isEqualTo("{\"agreementNumber\":\"7BTN23069-02\","
                    + "\"projectNumber\":\"7BTN23069\",\"partnerId\":null,\"fundingSource\":\"ITU\","
                    + "\"currency\":\"CHF\",\"originalAmount\":\"187635.00\",\"chfAmount\":\"187635.00\","
                    + "\"signedOn\":\"2023-11-26\",\"rate\":\"1.000000\",\"rateMonth\":null,\"rateSource\":\"CHF\","
                    + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\"}");
        }
    }

    @Test
    void aZeroAmountIsAccepted() {
        post("/api/agreements", """
                {"agreementNumber":"7GLO24139-01","projectNumber":"7GLO24139","partnerId":"EC",
                 "fundingSource":"PARTNER","currency":"EUR","originalAmount":0.00,"chfAmount":0.00,
                 "signedOn":"2024-02-14"}""")
                .statusCode(201);

        String body = given().when().get("/api/agreements/7GLO24139-01").then().statusCode(200)
                .extract().asString();
        assertThat(body).contains("\"originalAmount\":0.00,\"chfAmount\":0.00,\"rate\":0.943083");
    }

    @Test
    void agreementNumbersAreGeneratedPerProjectPastTheHighestInUse() {
        try (FundingTopic topic = FundingTopic.tail()) {
            assertThat(signWithoutNumber("7TST00001")).isEqualTo("7TST00001-01");
            assertThat(signWithoutNumber("7TST00001")).isEqualTo("7TST00001-02");
            post("/api/agreements", itu("7TST00001-07", "7TST00001")).statusCode(201);
            assertThat(signWithoutNumber("7TST00001")).isEqualTo("7TST00001-08");
            assertThat(signWithoutNumber("7TST00002")).isEqualTo("7TST00002-01");

            List<String> numbers = topic.awaitRecords(5, keyedBy("7TST00001").or(keyedBy("7TST00002"))
                            .and(record -> "int.itu.bdt.portfolio.AgreementSigned"
                                    .equals(header(record, "ce_type")))).stream()
                    .map(record -> record.value().substring(0, record.value().indexOf(',')))
                    .toList();
            assertThat(numbers).containsExactly("{\"agreementNumber\":\"7TST00001-01\"",
                    "{\"agreementNumber\":\"7TST00001-02\"", "{\"agreementNumber\":\"7TST00001-07\"",
                    "{\"agreementNumber\":\"7TST00001-08\"", "{\"agreementNumber\":\"7TST00002-01\"");
        }
    }

    @Test
    void theNextGeneratedNumberFollowsTheNumericallyHighestAndIgnoresNumbersOfOtherShapes() {
        post("/api/agreements", itu("7TST00003-99", "7TST00003")).statusCode(201);
        post("/api/agreements", itu("7TST00003-105", "7TST00003")).statusCode(201);
        post("/api/agreements", itu("7TST00003-SPECIAL", "7TST00003")).statusCode(201);
        post("/api/agreements", itu("7TST00003-2-999", "7TST00003")).statusCode(201);

        assertThat(signWithoutNumber("7TST00003")).isEqualTo("7TST00003-106");
    }

    @Test
    void agreementsAreListedByProjectAndByPartner() {
        post("/api/agreements", """
                {"agreementNumber":"7MNE24002-02","projectNumber":"7MNE24002","partnerId":"ME-GOV",
                 "fundingSource":"PARTNER","currency":"USD","originalAmount":57900.00,"chfAmount":49283.44,
                 "signedOn":"2024-09-12"}""").statusCode(201);
        post("/api/agreements", """
                {"agreementNumber":"7MNE24002-01","projectNumber":"7MNE24002","partnerId":"ME-GOV",
                 "fundingSource":"PARTNER","currency":"EUR","originalAmount":51000.00,"chfAmount":48005.18,
                 "signedOn":"2024-09-12"}""").statusCode(201);

        given().queryParam("projectNumber", "7MNE24002").queryParam("partnerId", "ME-GOV")
                .when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of("7MNE24002-01", "7MNE24002-02")))
                .body("currency", equalTo(List.of("EUR", "USD")));
        given().queryParam("partnerId", "ME-GOV")
                .when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of("7MNE24002-01", "7MNE24002-02")));
        List<String> all = given().when().get("/api/agreements").then().statusCode(200)
                .extract().jsonPath().getList("agreementNumber");
        assertThat(all).contains("7MNE24002-01", "7MNE24002-02").isSorted();
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        given().when().get("/api/agreements/7XXX99999-01")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("instance", equalTo("/api/agreements/7XXX99999-01"));
    }

    @Test
    void malformedJsonStoresNothing() {
        assertRejected("{\"projectNumber\":\"7TST00003\",", 400, "malformed-json", null, null);
    }

    @ParameterizedTest(name = "signing {0} is refused with {2} {3} naming {4} and stores nothing")
    @MethodSource("badSignings")
    void signingRefusesABadFieldWithAProblemNamingItAndStoresNothing(String signing, String body, int status,
                                                                      String slug, String field, String message) {
        assertRejected(body, status, slug, field, message);
    }

    static Stream<Arguments> badSignings() {
        return Stream.of(
                arguments("with a bad project number", partner("7BT2306", "JP-MIC", "EUR", "100.00", "95.00"),
                        400, "validation-failed", "projectNumber", "must match \"^[79][A-Z]{3}\\d{5}$\""),
                arguments("for an unknown project", partner("7UNK99999", "JP-MIC", "EUR", "100.00", "95.00"),
                        422, "unprocessable", "projectNumber", "unknown project 7UNK99999"),
                arguments("with an unknown partner", partner("7TST00003", "NOBODY", "EUR", "100.00", "95.00"),
                        422, "unprocessable", "partnerId", "unknown partner NOBODY"),
                arguments("a partner agreement without partner", """
                        {"projectNumber":"7TST00003","fundingSource":"PARTNER","currency":"CHF","originalAmount":10.00,
                         "signedOn":"2024-01-10"}""", 422, "unprocessable", "partnerId",
                        "is required when fundingSource is PARTNER"),
                arguments("a negative amount", partner("7TST00003", "JP-MIC", "EUR", "-0.01", "95.00"),
                        400, "validation-failed", "originalAmount", "must not be negative"),
                arguments("an amount with three decimals", partner("7TST00003", "JP-MIC", "EUR", "100.005", "95.00"),
                        400, "validation-failed", "originalAmount", "must have at most 2 decimals"),
                arguments("an amount with sixteen integer digits",
                        partner("7TST00003", "JP-MIC", "EUR", "100.00", "1234567890123456"),
                        400, "validation-failed", "chfAmount", "must have at most 15 integer digits"),
                arguments("a CHF agreement whose CHF amount differs",
                        partner("7TST00003", "JP-MIC", "CHF", "100.00", "100.01"),
                        400, "validation-failed", "chfAmount", "must equal originalAmount when currency is CHF"),
                arguments("an ITU agreement with a partner", """
                        {"projectNumber":"7TST00003","partnerId":"JP-MIC","fundingSource":"ITU","currency":"CHF",
                         "originalAmount":100.00,"signedOn":"2024-01-10"}""", 400, "validation-failed", "partnerId",
                        "must be absent when fundingSource is ITU"),
                arguments("with an unknown funding source", """
                        {"projectNumber":"7TST00003","fundingSource":"DONOR","currency":"CHF","originalAmount":100.00,
                         "signedOn":"2024-01-10"}""", 400, "validation-failed", "fundingSource",
                        "must be one of PARTNER, ITU"),
                arguments("on an impossible date", """
                        {"projectNumber":"7TST00003","fundingSource":"ITU","currency":"CHF","originalAmount":100.00,
                         "signedOn":"2024-02-30"}""", 400, "validation-failed", "signedOn",
                        "must be an ISO date (YYYY-MM-DD)"),
                arguments("in an unknown currency", partner("7TST00003", "JP-MIC", "XYZ", "100.00", "95.00"),
                        400, "validation-failed", "currency",
                        "must be a known ISO 4217 currency code of 3 upper-case letters"),
                arguments("in a lower-case currency", partner("7TST00003", "JP-MIC", "eur", "100.00", "95.00"),
                        400, "validation-failed", "currency",
                        "must be a known ISO 4217 currency code of 3 upper-case letters"));
    }

    @Test
    void everyMissingRequiredFieldIsListed() {
        Tables.Counts before = tables().counts();

        post("/api/agreements", "{\"fundingSource\":\"ITU\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("currency", "originalAmount", "projectNumber", "signedOn")));

        assertThat(tables().counts()).isEqualTo(before);
    }

    @Test
    void aDuplicateAgreementNumberConflictsAndStoresNothing() {
        post("/api/agreements", itu("7TST00004-01", "7TST00004")).statusCode(201);

        assertRejected(itu("7TST00004-01", "7TST00004"), 409, "conflict", null, null);
        given().when().get("/api/agreements/7TST00004-01").then().body("originalAmount", equalTo(1000.00f));
    }

    /** The stub of project-service answers funding-service's own client token only, never a token passed on. */
    @Test
    void projectServiceIsAskedWithFundingServicesOwnTokenNotTheCallers() {
        given().header(Tokens.asRole("finance")).contentType(ContentType.JSON).body(itu("7AGR71020-01", "7AGR71020"))
                .when().post("/api/agreements")
                .then().statusCode(201);
    }

    private String signWithoutNumber(String projectNumber) {
        return post("/api/agreements", """
                {"projectNumber":"%s","fundingSource":"ITU","currency":"CHF","originalAmount":1.00,
                 "signedOn":"2024-01-10"}""".formatted(projectNumber))
                .statusCode(201)
                .extract().jsonPath().getString("agreementNumber");
    }

    private static String itu(String agreementNumber, String projectNumber) {
        return """
                {"agreementNumber":"%s","projectNumber":"%s","fundingSource":"ITU","currency":"CHF",
                 "originalAmount":1000.00,"signedOn":"2024-01-10"}""".formatted(agreementNumber, projectNumber);
    }

    private static String partner(String projectNumber, String partnerId, String currency, String original,
                                  String chf) {
        return """
                {"projectNumber":"%s","partnerId":"%s","fundingSource":"PARTNER","currency":"%s",
                 "originalAmount":%s,"chfAmount":%s,"signedOn":"2024-01-10"}"""
                .formatted(projectNumber, partnerId, currency, original, chf);
    }

    private void assertRejected(String body, int status, String slug, String field, String message) {
        Tables.Counts before = tables().counts();

        var response = post("/api/agreements", body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("status", equalTo(status))
                .body("instance", equalTo("/api/agreements"));
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
