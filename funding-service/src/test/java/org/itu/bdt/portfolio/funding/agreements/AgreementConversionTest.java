package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.FundingTopic.amended;
import static org.itu.bdt.portfolio.funding.FundingTopic.signed;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

/** Conversion at the reference rates (EUR 2024-01 0.931428, EUR 2024-09 0.941278, USD 2024-09 0.851182). */
@QuarkusTest
class AgreementConversionTest {
    private static final String PROJECT = "7TST00003";
    private static final String UN = "UN operational rates of exchange";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void ratesAndPartner() {
        referenceRatesPublished();
        partnerExists("EC");
    }

    @Test
    void anAgreementInEurosIsConvertedAtTheRateOfItsSignatureMonth() {
        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post("/api/agreements", agreement("CONV-EUR-1", "EUR", "51000.00", "2024-09-12", ""))
                    .statusCode(201).extract().asString();

            assertThat(body).contains("\"originalAmount\":51000.00,\"chfAmount\":48005.18,\"rate\":0.941278,"
                    + "\"rateMonth\":\"2024-09\",\"rateSource\":\"" + UN + "\",\"rateOverridden\":false,");
            ConsumerRecord<String, String> event = topic.awaitRecord(signed("CONV-EUR-1"));
            assertThat(event.value()).isEqualTo("{\"agreementNumber\":\"CONV-EUR-1\",\"projectNumber\":\"" + PROJECT
                    + "\",\"partnerId\":\"EC\",\"fundingSource\":\"PARTNER\",\"currency\":\"EUR\","
                    + "\"originalAmount\":\"51000.00\",\"chfAmount\":\"48005.18\",\"signedOn\":\"2024-09-12\","
                    + "\"rate\":\"0.941278\",\"rateMonth\":\"2024-09\",\"rateSource\":\"" + UN + "\","
                    + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\"}");
        }
        given().when().get("/api/agreements/CONV-EUR-1").then().statusCode(200)
                .body("rateMonth", equalTo("2024-09"))
                .body("rateSource", equalTo(UN))
                .body("rateOverridden", equalTo(false));
    }

    @Test
    void aBookedChfAmountEqualToTheConversionIsAccepted() {
        post("/api/agreements", agreement("CONV-USD-1", "USD", "57900.00", "2024-09-12",
                ",\"chfAmount\":49283.44")).statusCode(201);
    }

    @Test
    void aBookedChfAmountThatDiffersByACentimeIsUnprocessableAndStatesBoth() {
        assertRejected(agreement("CONV-USD-2", "USD", "57900.00", "2024-09-12", ",\"chfAmount\":49283.45"),
                422, "unprocessable", "chfAmount", "must equal 49283.44, which is 57900.00 USD at 0.851182 CHF per"
                        + " unit (" + UN + ", 2024-09), to the centime; got 49283.45");
    }

    @Test
    void noRateForTheSignatureMonthIsUnprocessableAndNamesTheCurrencyAndTheMonth() {
        assertRejected(agreement("CONV-THB-1", "THB", "1000000.00", "2024-03-15", ""),
                422, "unprocessable", "currency", "no THB rate for 2024-03");
        post("/api/agreements", agreement("CONV-THB-1", "THB", "1000000.00", "2024-03-15", ""))
                .body("detail", equalTo("no THB rate for 2024-03"));
    }

    @Test
    void aRateOverrideIsUsedStoredAndShown() {
        post("/api/agreements", agreement("CONV-THB-2", "THB", "1000000.00", "2024-03-15", """
                ,"chfAmount":24500.00,
                 "rateOverride":{"chfPerUnit":0.0245,"reason":" rate of the finance system's booking "}"""))
                .statusCode(201);

        String body = given().when().get("/api/agreements/CONV-THB-2").then().statusCode(200)
                .extract().asString();
        assertThat(body).contains("\"chfAmount\":24500.00,\"rate\":0.024500,\"rateMonth\":\"2024-03\","
                + "\"rateSource\":\"override: rate of the finance system's booking\",\"rateOverridden\":true,");
    }

    @Test
    void aBookedChfAmountMustAgreeWithTheOverrideToo() {
        assertRejected(agreement("CONV-THB-3", "THB", "1000.00", "2024-03-15", """
                ,"chfAmount":24.00,"rateOverride":{"chfPerUnit":0.0245,"reason":"booked"}"""),
                422, "unprocessable", "chfAmount", "must equal 24.50, which is 1000.00 THB at 0.024500 CHF per unit"
                        + " (override: booked, 2024-03), to the centime; got 24.00");
    }

    /** 999,999,999,999,999 EUR at 1,000 CHF per unit does not fit the books: it was a database overflow, a 500. */
    @Test
    void anAmountWhoseConversionPassesTheLargestAmountStoresNothing() {
        assertRejected(agreement("CONV-EUR-9", "EUR", "999999999999999", "2024-03-15", """
                ,"rateOverride":{"chfPerUnit":1000,"reason":"fuzz"}"""),
                422, "unprocessable", "originalAmount", "converts to 999999999999999000.00 CHF at 1000.000000 CHF"
                        + " per unit, which must have at most 15 integer digits");
    }

    /** An ITU line dated far ahead would hold the fund's money until then; +99999-03-05 was accepted. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("futureDates")
    void anAgreementSignedInTheFutureStoresNothing(String signedOn) {
        assertRejected(agreement("CONV-CHF-9", "CHF", "1000.00", signedOn, ""),
                422, "unprocessable", "signedOn", "must not be in the future");
    }

    static List<String> futureDates() {
        return List.of("9999-12-31", LocalDate.now().plusDays(1).toString());
    }

    /** Past the year 9999 a date is not taken at all (the kit's DateBounds), before any rule looks at it. */
    @Test
    void anAgreementSignedAfterTheYear9999IsADateOfTheWrongFormAndStoresNothing() {
        assertRejected(agreement("CONV-CHF-9", "CHF", "1000.00", "+99999-03-05", ""),
                400, "validation-failed", "signedOn",
                "must be an ISO date (YYYY-MM-DD) from 1900-01-01 to 9999-12-31");
    }

    @Test
    void anOverrideWithoutReasonStoresNothing() {
        assertRejected(agreement("CONV-THB-4", "THB", "1000.00", "2024-03-15", """
                ,"rateOverride":{"chfPerUnit":0.0245,"reason":" "}"""),
                400, "validation-failed", "rateOverride.reason", "must not be blank");
    }

    @Test
    void anOverrideOfZeroStoresNothing() {
        assertRejected(agreement("CONV-THB-5", "THB", "1000.00", "2024-03-15", """
                ,"rateOverride":{"chfPerUnit":0,"reason":"none"}"""),
                400, "validation-failed", "rateOverride.chfPerUnit", "must be greater than 0");
    }

    @Test
    void anOverrideOfAChfAgreementStoresNothing() {
        assertRejected(agreement("CONV-CHF-1", "CHF", "1000.00", "2024-03-15", """
                ,"rateOverride":{"chfPerUnit":1.1,"reason":"none"}"""),
                400, "validation-failed", "rateOverride", "must be absent when currency is CHF");
    }

    @Test
    void aYenAmountWithDecimalsStoresNothing() {
        assertRejected(agreement("CONV-JPY-1", "JPY", "73000000.50", "2023-11-26", ""),
                400, "validation-failed", "originalAmount", "must have no decimals: JPY has no minor units");
    }

    @Test
    void anAmountInACurrencyWithThreeMinorUnitsStoresNothing() {
        assertRejected(agreement("CONV-KWD-1", "KWD", "1000", "2024-03-15", ""),
                400, "validation-failed", "currency", "KWD has 3 minor units; amounts are kept with at most 2 decimals");
    }

    @Test
    void aRevisionOfARateLeavesTheAgreementsSignedBeforeItAsTheyWere() {
        given().contentType("application/json").body("{\"chfPerUnit\":0.67}")
                .when().put("/api/exchange-rates/SGD/2024-05").then().statusCode(201);
        post("/api/agreements", agreement("CONV-SGD-1", "SGD", "1000.00", "2024-05-20", "")).statusCode(201)
                .body("chfAmount", equalTo(670.00f));

        given().contentType("application/json").body("{\"chfPerUnit\":0.68}")
                .when().put("/api/exchange-rates/SGD/2024-05").then().statusCode(200);
        post("/api/agreements", agreement("CONV-SGD-2", "SGD", "1000.00", "2024-05-20", "")).statusCode(201)
                .body("chfAmount", equalTo(680.00f));

        String signedBefore = given().when().get("/api/agreements/CONV-SGD-1").then().statusCode(200)
                .extract().asString();
        assertThat(signedBefore).contains("\"chfAmount\":670.00,\"rate\":0.670000,\"rateMonth\":\"2024-05\"");
    }

    @Test
    void anAmendmentIsConvertedAtTheAgreementsOwnRateNotAtTheRateOfItsMonth() {
        post("/api/agreements", agreement("CONV-EUR-2", "EUR", "1000.00", "2024-01-10", "")).statusCode(201)
                .body("chfAmount", equalTo(931.43f));

        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post("/api/agreements/CONV-EUR-2/amendments", """
                    {"effectiveOn":"2024-09-01","newOriginalAmount":2000.00,"reason":"doubled"}""")
                    .statusCode(201).extract().asString();

            assertThat(body).contains("\"newOriginalAmount\":2000.00,\"newChfAmount\":1862.86,");
            ConsumerRecord<String, String> event = topic.awaitRecord(amended("CONV-EUR-2-A1"));
            assertThat(event.value()).isEqualTo("{\"amendmentId\":\"CONV-EUR-2-A1\",\"agreementNumber\":"
                    + "\"CONV-EUR-2\",\"projectNumber\":\"" + PROJECT + "\",\"effectiveOn\":\"2024-09-01\","
                    + "\"sequence\":1,\"newOriginalAmount\":\"2000.00\",\"newChfAmount\":\"1862.86\","
                    + "\"reason\":\"doubled\","
                    + "\"rate\":\"0.931428\",\"rateMonth\":\"2024-01\",\"rateSource\":\"" + UN + "\"}");
        }
        given().when().get("/api/agreements/CONV-EUR-2").then().statusCode(200)
                .body("currentChfAmount", equalTo(1862.86f));
    }

    @Test
    void anAmendmentWhoseBookedChfAmountDiffersStoresNothing() {
        post("/api/agreements", agreement("CONV-EUR-3", "EUR", "1000.00", "2024-01-10", "")).statusCode(201);
        Tables.Counts before = tables().counts();

        post("/api/agreements/CONV-EUR-3/amendments", """
                {"effectiveOn":"2024-09-01","newOriginalAmount":2000.00,"newChfAmount":1882.56,"reason":"doubled"}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("newChfAmount")))
                .body("errors[0].message", equalTo("must equal 1862.86, which is 2000.00 EUR at 0.931428 CHF per unit"
                        + " (" + UN + ", 2024-01), to the centime; got 1882.56"));

        assertThat(tables().counts()).isEqualTo(before);
    }

    /** A partner agreement on the test project; extra is appended to the JSON object (booked amount, override). */
    private static String agreement(String agreementNumber, String currency, String original, String signedOn,
                                    String extra) {
        return """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER",
                 "currency":"%s","originalAmount":%s,"signedOn":"%s"%s}"""
                .formatted(agreementNumber, PROJECT, currency, original, signedOn, extra);
    }

    private void assertRejected(String body, int status, String slug, String field, String message) {
        Tables.Counts before = tables().counts();

        post("/api/agreements", body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("instance", equalTo("/api/agreements"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));

        assertThat(tables().counts()).isEqualTo(before);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
