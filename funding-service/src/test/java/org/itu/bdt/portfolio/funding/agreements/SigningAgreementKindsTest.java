package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.ProjectServiceStub;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FundingTopic.signed;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

@QuarkusTest
class SigningAgreementKindsTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void partnerAndRates() {
        partnerExists("EC");
        referenceRatesPublished();
    }

    @Test
    void anAgreementThatNamesNeitherKindNorContributionIsACashProjectAgreementInItsEventToo() {
        try (FundingTopic topic = FundingTopic.tail()) {
            post("/api/agreements", partner("7AGR00001-01", "7AGR00001", "")).statusCode(201)
                    .body("kind", equalTo("PROJECT_AGREEMENT"))
                    .body("contribution", equalTo("CASH"));

            ConsumerRecord<String, String> event = topic.awaitRecord(signed("7AGR00001-01"));
            assertThat(event.value()).endsWith("\"signedOn\":\"2024-01-10\",\"rate\":\"0.931428\","
                    + "\"rateMonth\":\"2024-01\",\"rateSource\":\"UN operational rates of exchange\","
                    + "\"kind\":\"PROJECT_AGREEMENT\",\"contribution\":\"CASH\"}");
        }
        assertThat(tables().count("agreement where agreement_number = '7AGR00001-01' and kind = 'PROJECT_AGREEMENT'"
                + " and contribution = 'CASH'")).isEqualTo(1);
    }

    @Test
    void everyKindIsKeptAsSigned() {
        for (String kind : List.of("PROJECT_AGREEMENT", "SUPPLEMENTARY_AGREEMENT", "SPONSORSHIP",
                "VOLUNTARY_CONTRIBUTION")) {
            post("/api/agreements", partner(null, "7AGR00002", ",\"kind\":\"" + kind + "\"")).statusCode(201);
        }

        given().queryParam("projectNumber", "7AGR00002").when().get("/api/agreements")
                .then().statusCode(200)
                .body("agreementNumber", equalTo(List.of("7AGR00002-01", "7AGR00002-02", "7AGR00002-03",
                        "7AGR00002-04")))
                .body("kind", equalTo(List.of("PROJECT_AGREEMENT", "SUPPLEMENTARY_AGREEMENT", "SPONSORSHIP",
                        "VOLUNTARY_CONTRIBUTION")))
                .body("contribution", equalTo(List.of("CASH", "CASH", "CASH", "CASH")));
    }

    @Test
    void anInKindContributionIsStoredFlaggedAndPublishedAsInKind() {
        try (FundingTopic topic = FundingTopic.tail()) {
            post("/api/agreements", partner("7AGR00003-01", "7AGR00003",
                    ",\"kind\":\"SPONSORSHIP\",\"contribution\":\"IN_KIND\"")).statusCode(201)
                    .body("kind", equalTo("SPONSORSHIP"))
                    .body("contribution", equalTo("IN_KIND"))
                    .body("originalAmount", equalTo(1000.00f));

            assertThat(topic.awaitRecord(signed("7AGR00003-01")).value())
                    .endsWith("\"kind\":\"SPONSORSHIP\",\"contribution\":\"IN_KIND\"}");
        }
        assertThat(tables().count("agreement where agreement_number = '7AGR00003-01' and contribution = 'IN_KIND'"))
                .isEqualTo(1);
        given().when().get("/api/agreements/7AGR00003-01").then().body("contribution", equalTo("IN_KIND"));
    }

    @Test
    void aSupplementaryAgreementForAnOngoingProjectIsSigned() {
        post("/api/agreements", partner("7AGR00004-01", "7AGR00004", ",\"kind\":\"SUPPLEMENTARY_AGREEMENT\""))
                .statusCode(201)
                .body("kind", equalTo("SUPPLEMENTARY_AGREEMENT"));
    }

    @Test
    void aSupplementaryAgreementForAProjectThatIsNotOngoingIsUnprocessableNamingTheStatusAndStoresNothing() {
        assertRejected(partner(null, ProjectServiceStub.CLOSED_PROJECT, ",\"kind\":\"SUPPLEMENTARY_AGREEMENT\""),
                422, "unprocessable", "projectNumber", "project 7AGR90001 is OPERATIONALLY_CLOSED: a supplementary "
                        + "agreement adds money to an ONGOING project only");
        assertRejected(partner(null, ProjectServiceStub.PROPOSED_PROJECT, ",\"kind\":\"SUPPLEMENTARY_AGREEMENT\""),
                422, "unprocessable", "projectNumber", "project 7AGR90002 is PROPOSED: a supplementary "
                        + "agreement adds money to an ONGOING project only");
    }

    @Test
    void aProjectAgreementForAnApprovedProjectIsSigned() {
        post("/api/agreements", partner("7AGR90003-01", ProjectServiceStub.APPROVED_PROJECT, ""))
                .statusCode(201);
    }

    @ParameterizedTest
    @CsvSource({"PROJECT_AGREEMENT, 7AGR90002, PROPOSED", "SPONSORSHIP, 7AGR90002, PROPOSED",
            "VOLUNTARY_CONTRIBUTION, 7AGR90001, OPERATIONALLY_CLOSED", "PROJECT_AGREEMENT, 7AGR90004, SUSPENDED"})
    void anAgreementForAProjectNeitherApprovedNorOngoingIsUnprocessableNamingTheStatusAndStoresNothing(
            String kind, String projectNumber, String status) {
        assertRejected(partner(null, projectNumber, ",\"kind\":\"" + kind + "\""), 422, "unprocessable",
                "projectNumber", "project " + projectNumber + " is " + status
                        + ": an agreement is signed for an APPROVED or ONGOING project only");
    }

    @Test
    void anUnknownKindOrContributionStoresNothing() {
        assertRejected(partner(null, "7AGR00005", ",\"kind\":\"GRANT\""), 400, "validation-failed", "kind",
                "must be one of PROJECT_AGREEMENT, SUPPLEMENTARY_AGREEMENT, SPONSORSHIP, VOLUNTARY_CONTRIBUTION");
        assertRejected(partner(null, "7AGR00005", ",\"contribution\":\"LOAN\""), 400, "validation-failed",
                "contribution", "must be one of CASH, IN_KIND");
    }

    @Test
    void anItuLineThatIsASponsorshipOrInKindStoresNothing() {
        Tables.Counts before = tables().counts();

        post("/api/agreements", """
                {"projectNumber":"7AGR00005","fundingSource":"ITU","currency":"CHF","originalAmount":10.00,
                 "signedOn":"2024-01-10","kind":"SPONSORSHIP","contribution":"IN_KIND"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("kind", "contribution")))
                .body("errors.message", equalTo(List.of(
                        "must be PROJECT_AGREEMENT or SUPPLEMENTARY_AGREEMENT when fundingSource is ITU",
                        "must be CASH when fundingSource is ITU")));

        assertThat(tables().counts()).isEqualTo(before);
    }

    private static String partner(String agreementNumber, String projectNumber, String extraFields) {
        String number = agreementNumber == null ? "" : "\"agreementNumber\":\"" + agreementNumber + "\",";
        return """
                {%s"projectNumber":"%s","partnerId":"EC","fundingSource":"PARTNER","currency":"EUR",
                 "originalAmount":1000.00,"signedOn":"2024-01-10"%s}"""
                .formatted(number, projectNumber, extraFields);
    }

    private void assertRejected(String body, int status, String slug, String field, String message) {
        Tables.Counts before = tables().counts();

        post("/api/agreements", body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));

        assertThat(tables().counts()).isEqualTo(before);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
