package org.itu.bdt.portfolio.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.OperationRulesChecks;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * Every operation of the OpenAPI document × every role, without a token, and a partner for its own and for another
 * partner's objects, against the funding-service table of docs/security.md. The objects are this test's own: two
 * partners with one agreement each, an exchange rate of the reference data and the test fund's transfer.
 */
@QuarkusTest
class OperationRulesTest extends OperationRulesChecks {
    private static final String OWN = "RULES-OWN";
    private static final String OTHER = "RULES-OTHER";
    private static final Map<String, String> AGREEMENTS = Map.of(OWN, "7AGR70001-01", OTHER, "7AGR70002-01");

    @BeforeEach
    void twoPartnersWithAnAgreementEach() {
        Requests.referenceRatesPublished();
        AGREEMENTS.forEach(OperationRulesTest::agreementExists);
    }

    @Override
    protected String service() {
        return "funding-service";
    }

    @Override
    protected String ownPartner() {
        return OWN;
    }

    @Override
    protected String otherPartner() {
        return OTHER;
    }

    @Override
    protected Map<String, String> pathValuesOf(String partnerId) {
        return Map.of("partnerId", partnerId, "agreementNumber", AGREEMENTS.get(partnerId),
                "currency", "EUR", "month", "2024-03", "transferId", "TEST-FUND");
    }

    private static void agreementExists(String partnerId, String agreementNumber) {
        Requests.partnerExists(partnerId);
        given().header(Tokens.asRole("finance")).contentType(ContentType.JSON).body("""
                        {"agreementNumber":"%s","projectNumber":"%s","partnerId":"%s","fundingSource":"PARTNER",
                         "currency":"CHF","originalAmount":1000.00,"signedOn":"2024-02-01"}"""
                        .formatted(agreementNumber, agreementNumber.substring(0, 9), partnerId))
                .when().post("/api/agreements")
                .then().statusCode(anyOf(is(201), is(409)));
    }
}
