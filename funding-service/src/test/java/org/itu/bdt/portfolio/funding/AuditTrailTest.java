package org.itu.bdt.portfolio.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.itu.bdt.portfolio.funding.FinanceRequests.agreementExists;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.signEuroAgreement;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;

/**
 * GET /api/audit answers who changed an agreement, a partner, a rate, the ICT-DF, a schedule, a payment or an
 * imported line, when, through which request, and from what; a change refused with a 4xx leaves nothing in it.
 */
@QuarkusTest
class AuditTrailTest {
    /** Amounts as exact decimals: the trail keeps them as the JSON numbers they were stored as. */
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private static final String GENERATED_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theTrailSaysWhoAmendedAnAgreementWhenThroughWhichRequestAndFromWhatAmounts() {
        String agreement = signEuroAgreement("7AGR80001", "AUD-EC");

        asFinance().header("X-Request-Id", "finance-amendment-0001").contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2024-06-01","newOriginalAmount":1200.00,"reason":"second phase added"}""")
                .when().post("/api/agreements/" + agreement + "/amendments").then()
                .statusCode(201)
                .header("X-Request-Id", "finance-amendment-0001");

        trail("agreement", agreement)
                .body("action", contains("amended", "signed"))
                .body("[0].subject", equalTo("finance"))
                .body("[0].client", equalTo(Tokens.PORTAL))
                .body("[0].requestId", equalTo("finance-amendment-0001"))
                .body("[0].occurredAt", notNullValue())
                .body("[0].before.amendmentId", nullValue())
                .body("[0].before.effectiveOn", equalTo("2024-01-10"))
                .body("[0].before.currency", equalTo("EUR"))
                .body("[0].before.originalAmount", equalTo(new BigDecimal("1000.00")))
                .body("[0].before.chfAmount", equalTo(new BigDecimal("931.43")))
                .body("[0].after.amendmentId", equalTo(agreement + "-A1"))
                .body("[0].after.effectiveOn", equalTo("2024-06-01"))
                .body("[0].after.originalAmount", equalTo(new BigDecimal("1200.00")))
                .body("[0].after.chfAmount", equalTo(new BigDecimal("1117.71")))
                .body("[0].after.reason", equalTo("second phase added"))
                .body("[1].subject", equalTo("admin"))
                .body("[1].before", nullValue())
                .body("[1].after.partnerId", equalTo("AUD-EC"))
                .body("[1].after.originalAmount", equalTo(new BigDecimal("1000.00")))
                .body("[1].after.rate.chfPerUnit", equalTo(new BigDecimal("0.931428")))
                .body("[1].after.rate.month", equalTo("2024-01"));
    }

    @Test
    void aRequestWithoutAnIdIsGivenOneThatTheAnswerAndTheTrailShare() {
        String requestId = asFinance().contentType(ContentType.JSON)
                .body(Map.of("partnerId", "AUD-NEW", "name", "New partner", "type", "government", "country", "CH"))
                .when().post("/api/partners").then()
                .statusCode(201)
                .header("X-Request-Id", matchesPattern(GENERATED_ID))
                .extract().header("X-Request-Id");

        trail("partner", "AUD-NEW")
                .body("action", contains("registered"))
                .body("[0].requestId", equalTo(requestId))
                .body("[0].after.name", equalTo("New partner"))
                .body("[0].after.revision", equalTo(1));
    }

    @Test
    void aPartnersChangeIsInTheTrailAndTheSameChangeSentAgainIsNot() {
        partnerExists("AUD-CHANGED");
        Map<String, String> change = Map.of("name", "Renamed partner", "type", "private-sector", "country", "FR");

        for (int time = 0; time < 2; time++) {
            asFinance().contentType(ContentType.JSON).body(change)
                    .when().put("/api/partners/AUD-CHANGED").then().statusCode(200);
        }

        trail("partner", "AUD-CHANGED")
                .body("action", contains("changed", "registered"))
                .body("[0].before.name", equalTo("Partner AUD-CHANGED"))
                .body("[0].before.type", equalTo("government"))
                .body("[0].before.revision", equalTo(1))
                .body("[0].after.name", equalTo("Renamed partner"))
                .body("[0].after.type", equalTo("private-sector"))
                .body("[0].after.country", equalTo("FR"))
                .body("[0].after.revision", equalTo(2));
    }

    @Test
    void eachRatePublishedOrRevisedHasItsEntryAndARepeatHasNone() {
        publishRate("0.123456").statusCode(201);
        publishRate("0.123456").statusCode(200);
        publishRate("0.124000").statusCode(200);
        asFinance().contentType(ContentType.JSON).body("""
                        [{"currency":"NOK","month":"2003-03","chfPerUnit":0.125}]""")
                .when().post("/api/exchange-rates").then().statusCode(200);

        trail("exchange-rate", "NOK/2003-02")
                .body("action", contains("revised", "published"))
                .body("subject", contains("finance", "finance"))
                .body("[0].before.chfPerUnit", equalTo(new BigDecimal("0.123456")))
                .body("[0].before.revision", equalTo(1))
                .body("[0].after.chfPerUnit", equalTo(new BigDecimal("0.124000")))
                .body("[0].after.source", equalTo("UN operational rates of exchange"))
                .body("[0].after.revision", equalTo(2))
                .body("[1].before", nullValue());
        trail("exchange-rate", "NOK/2003-03")
                .body("action", contains("published"))
                .body("[0].after.chfPerUnit", equalTo(new BigDecimal("0.125000")));
    }

    @Test
    void theFundsTransfersAndAllocationsAreInTheTrail() {
        asFinance().contentType(ContentType.JSON).body("""
                        {"transferId":"AUD-TRANSFER-1","receivedOn":"2024-02-01","amountChf":50000.00,
                         "source":"ITU Council","reference":"C24/DL/1"}""")
                .when().post("/api/ict-df/transfers").then().statusCode(201);
        asFinance().contentType(ContentType.JSON).body("""
                        {"agreementNumber":"7AGR80002-01","projectNumber":"7AGR80002","fundingSource":"ITU",
                         "currency":"CHF","originalAmount":30000.00,"signedOn":"2024-03-01"}""")
                .when().post("/api/agreements").then().statusCode(201);
        asFinance().contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2024-09-01","newOriginalAmount":25000.00,"reason":"work plan reduced"}""")
                .when().post("/api/agreements/7AGR80002-01/amendments").then().statusCode(201);

        trail("ict-df-transfer", "AUD-TRANSFER-1")
                .body("action", contains("received"))
                .body("[0].subject", equalTo("finance"))
                .body("[0].after.receivedOn", equalTo("2024-02-01"))
                .body("[0].after.amountChf", equalTo(new BigDecimal("50000.00")))
                .body("[0].after.reference", equalTo("C24/DL/1"));
        trail("ict-df-allocation", "7AGR80002-01")
                .body("action", contains("reallocated", "allocated"))
                .body("[0].before.from", equalTo("2024-03-01"))
                .body("[0].before.chfAmount", equalTo(new BigDecimal("30000.00")))
                .body("[0].after.projectNumber", equalTo("7AGR80002"))
                .body("[0].after.from", equalTo("2024-09-01"))
                .body("[0].after.chfAmount", equalTo(new BigDecimal("25000.00")))
                .body("[1].before", nullValue())
                .body("[1].after.chfAmount", equalTo(new BigDecimal("30000.00")));
    }

    @Test
    void aCancellationAScheduleAndAPaymentAreInTheTrail() {
        String agreement = signEuroAgreement("7AGR80003", "AUD-EC");
        asFinance().contentType(ContentType.JSON).body("""
                        [{"dueOn":"2024-03-31","amount":400.00},{"dueOn":"2024-09-30","amount":600.00}]""")
                .when().put("/api/agreements/" + agreement + "/instalments").then().statusCode(200);
        asFinance().contentType(ContentType.JSON).body("""
                        [{"dueOn":"2024-06-30","amount":1000.00}]""")
                .when().put("/api/agreements/" + agreement + "/instalments").then().statusCode(200);
        asFinance().contentType(ContentType.JSON).body("""
                        {"receivedOn":"2024-07-02","amount":250.00,"reference":"AUD-PAYMENT-1"}""")
                .when().post("/api/agreements/" + agreement + "/payments").then().statusCode(201);
        asFinance().contentType(ContentType.JSON).body("""
                        {"cancelledOn":"2024-08-01","reason":"the partner withdrew"}""")
                .when().post("/api/agreements/" + agreement + "/cancellation").then().statusCode(200);

        trail("instalment-schedule", agreement)
                .body("action", contains("replaced", "replaced"))
                .body("[0].before.dueOn", contains("2024-03-31", "2024-09-30"))
                .body("[0].after.instalmentId", contains(agreement + "-I1"))
                .body("[0].after.dueOn", contains("2024-06-30"))
                .body("[1].before", empty());
        trail("payment", "AUD-PAYMENT-1")
                .body("action", contains("received"))
                .body("[0].after.agreementNumber", equalTo(agreement))
                .body("[0].after.currency", equalTo("EUR"))
                .body("[0].after.amount", equalTo(new BigDecimal("250.00")))
                .body("[0].after.chfAmount", equalTo(new BigDecimal("232.86")));
        trail("agreement", agreement)
                .body("action", contains("cancelled", "signed"))
                .body("[0].before.status", equalTo("ACTIVE"))
                .body("[0].after.status", equalTo("CANCELLED"))
                .body("[0].after.cancelledOn", equalTo("2024-08-01"))
                .body("[0].after.reason", equalTo("the partner withdrew"));
    }

    @Test
    void eachImportedTransactionAndBalanceHasItsEntryUnderItsReference() {
        agreementExists("7AGR80004-01", "7AGR80004", "AUD-FIN", "90000.00", "2023-02-01");
        String transaction = """
                [{"reference":"AUD-TX-1","agreementNumber":"7AGR80004-01","type":"3",
                  "transactionDate":"2024-02-15","currency":"CHF","amount":"12000.00","description":"tranche 1"}]""";

        FinanceRequests.importJson("/api/finance/transactions", "true", transaction).statusCode(200);
        FinanceRequests.importJson("/api/finance/transactions", "true", transaction).statusCode(200);
        FinanceRequests.importJson("/api/finance/balances", "true", """
                [{"reference":"AUD-BAL-1","agreementNumber":"7AGR80004-01","year":2023,"balanceChf":78000.00,
                  "asOf":"2023-12-31"}]""").statusCode(200);

        trail("financial-transaction", "AUD-TX-1")
                .body("action", contains("imported"))
                .body("[0].subject", equalTo("admin"))
                .body("[0].after.agreementNumber", equalTo("7AGR80004-01"))
                .body("[0].after.type", equalTo("3"))
                .body("[0].after.amount", equalTo(new BigDecimal("12000.00")))
                .body("[0].after.description", equalTo("tranche 1"));
        trail("year-end-balance", "AUD-BAL-1")
                .body("action", contains("imported"))
                .body("[0].after.year", equalTo(2023))
                .body("[0].after.balanceChf", equalTo(new BigDecimal("78000.00")));
    }

    @Test
    void aChangeRefusedWithA4xxLeavesNoEntry() {
        String agreement = signEuroAgreement("7AGR80005", "AUD-EC");
        String amendments = "/api/agreements/" + agreement + "/amendments";

        asFinance().contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2023-12-31","newOriginalAmount":900.00,"reason":"before the signature"}""")
                .when().post(amendments).then().statusCode(422);
        given().header(Tokens.asRole("viewer")).contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2024-06-01","newOriginalAmount":900.00,"reason":"a viewer's"}""")
                .when().post(amendments).then().statusCode(403);
        asFinance().contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2024-06-01","newOriginalAmount":900.00,"reason":"r","approvedBy":"me"}""")
                .when().post(amendments).then().statusCode(400);
        asFinance().contentType(ContentType.JSON).body("""
                        {"cancelledOn":"2024-08-01","reason":"the partner withdrew"}""")
                .when().post("/api/agreements/" + agreement + "/cancellation").then().statusCode(200);
        asFinance().contentType(ContentType.JSON).body("""
                        {"effectiveOn":"2024-09-01","newOriginalAmount":900.00,"reason":"after the cancellation"}""")
                .when().post(amendments).then().statusCode(409);

        trail("agreement", agreement).body("action", contains("cancelled", "signed"));
    }

    @Test
    void anItuLineTheFundCannotCoverLeavesNeitherItsSignatureNorItsAllocationInTheTrail() {
        asFinance().contentType(ContentType.JSON).body("""
                        {"agreementNumber":"7AGR80006-01","projectNumber":"7AGR80006","fundingSource":"ITU",
                         "currency":"CHF","originalAmount":900000000000000.00,"signedOn":"2024-03-01"}""")
                .when().post("/api/agreements").then()
                .statusCode(409);

        trail("agreement", "7AGR80006-01").body("", empty());
        trail("ict-df-allocation", "7AGR80006-01").body("", empty());
    }

    @Test
    void anAtomicImportRefusedForOneBadRowLeavesNoEntryForItsGoodRows() {
        agreementExists("7AGR80007-01", "7AGR80007", "AUD-FIN", "90000.00", "2023-02-01");

        FinanceRequests.importJson("/api/finance/transactions", "true", """
                [{"reference":"AUD-TX-GOOD","agreementNumber":"7AGR80007-01","type":"3",
                  "transactionDate":"2024-02-15","currency":"CHF","amount":"100.00"},
                 {"reference":"AUD-TX-BAD","agreementNumber":"7AGR80007-01","type":"99",
                  "transactionDate":"2024-02-15","currency":"CHF","amount":"100.00"}]""").statusCode(422);

        trail("financial-transaction", "AUD-TX-GOOD").body("", empty());
    }

    @Test
    void theTrailIsForAdminAndFinanceOnly() {
        for (String role : new String[]{"project-manager", "board", "viewer"}) {
            given().header(Tokens.asRole(role)).queryParam("entity", "agreement").when().get("/api/audit")
                    .then().statusCode(403);
        }
        given().header(Tokens.asPartner("EC")).queryParam("entity", "agreement").when().get("/api/audit")
                .then().statusCode(403);
        given().header(Tokens.asRole("admin")).queryParam("entity", "agreement").when().get("/api/audit")
                .then().statusCode(200);
    }

    private static ValidatableResponse publishRate(String chfPerUnit) {
        return asFinance().contentType(ContentType.JSON).body("{\"chfPerUnit\":" + chfPerUnit + "}")
                .when().put("/api/exchange-rates/NOK/2003-02").then();
    }

    private static RequestSpecification asFinance() {
        return given().header(Tokens.asRole("finance"));
    }

    private static ValidatableResponse trail(String entity, String id) {
        return given().config(DECIMALS).header(Tokens.asRole("finance"))
                .queryParam("entity", entity).queryParam("id", id)
                .when().get("/api/audit").then().statusCode(200);
    }
}
