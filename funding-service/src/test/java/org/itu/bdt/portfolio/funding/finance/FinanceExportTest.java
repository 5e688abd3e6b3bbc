package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.funding.FinanceRequests.agreementExists;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importCsv;
import static org.itu.bdt.portfolio.funding.Requests.post;

/** The exports' data is signed and dated in 2012, a year no other test uses. */
@QuarkusTest
class FinanceExportTest {
    private static final String AGREEMENTS = "/api/finance/exports/agreements.csv";
    private static final String TRANSACTIONS = "/api/finance/exports/transactions.csv";
    private static final String AGREEMENT_HEADER = "agreement_number,project_number,partner_id,funding_source,"
            + "currency,original_amount,chf_amount,signed_on,current_original_amount,current_chf_amount\n";
    private static final String TRANSACTION_HEADER = "reference,agreement_number,project_number,partner_id,type,"
            + "type_name,transaction_date,currency,amount,chf_amount,description\n";

    /** Idempotent like the imports themselves: every test may run it again. */
    @BeforeEach
    void exportedData() {
        agreementExists("7TST00005-X1", "7TST00005", "FIN-EXPORT-A", "1000.50", "2012-01-01");
        agreementExists("7TST00005-X2", "7TST00005", "FIN-EXPORT-A", "333333.33", "2012-12-31");
        agreementExists("7TST00005-X3", "7TST00005", "FIN-EXPORT-A", "7.00", "2013-01-01");
        agreementExists("7TST00004-X1", "7TST00004", "FIN-EXPORT-B", "0.10", "2012-06-15");
        if (given().get("/api/agreements/7TST00005-X2").then().extract().path("amendments.size()").equals(0)) {
            post("/api/agreements/7TST00005-X2/amendments", """
                    {"effectiveOn":"2012-12-31","newOriginalAmount":300000.05,"reason":"cut"}""").statusCode(201);
        }
        importCsv("/api/finance/transactions", "true", "reference,agreement_number,type,transaction_date,currency,"
                + "amount,chf_amount,description\n"
                + "EXP-1,7TST00005-X1,1,2012-01-01,CHF,1000.50,,\"Incoming, first \"\"tranche\"\"\"\n"
                + "EXP-2,7TST00005-X2,3,2012-12-31,JPY,73000000,435153.05,\n"
                + "EXP-3,7TST00004-X1,4,2012-07-01,EUR,0.10,0.09,\n"
                + "EXP-4,7TST00005-X1,4,2013-01-01,CHF,1.00,,\n").statusCode(200);
    }

    @Test
    void theAgreementsOfAPartnerSignedInThePeriodAreExportedWithExactAmounts() {
        String csv = given().queryParam("from", "2012-01-01").queryParam("to", "2012-12-31")
                .queryParam("partnerId", "FIN-EXPORT-A")
                .when().get(AGREEMENTS)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"agreements.csv\"")
                .extract().asString();

        assertThat(csv).isEqualTo(AGREEMENT_HEADER
                + "7TST00005-X1,7TST00005,FIN-EXPORT-A,PARTNER,CHF,1000.50,1000.50,2012-01-01,1000.50,1000.50\n"
                + "7TST00005-X2,7TST00005,FIN-EXPORT-A,PARTNER,CHF,333333.33,333333.33,2012-12-31,300000.05,"
                + "300000.05\n");
    }

    @Test
    void withoutPartnerThePeriodAloneSelectsTheAgreements() {
        String csv = given().queryParam("from", "2012-01-01").queryParam("to", "2012-12-31")
                .when().get(AGREEMENTS).then().statusCode(200).extract().asString();

        List<String> lines = Arrays.asList(csv.split("\n"));
        assertThat(lines).contains("7TST00004-X1,7TST00004,FIN-EXPORT-B,PARTNER,CHF,0.10,0.10,2012-06-15,0.10,0.10")
                .noneMatch(line -> line.startsWith("7TST00005-X3,"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(LocalDate.parse(line.split(",")[7]))
                .isBetween(LocalDate.parse("2012-01-01"), LocalDate.parse("2012-12-31")));
    }

    @Test
    void theTransactionsOnAPartnersAgreementsDatedInThePeriodAreExportedWithExactAmounts() {
        String csv = given().queryParam("from", "2012-01-01").queryParam("to", "2012-12-31")
                .queryParam("partnerId", "FIN-EXPORT-A")
                .when().get(TRANSACTIONS)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();

        assertThat(csv).isEqualTo(TRANSACTION_HEADER
                + "EXP-1,7TST00005-X1,7TST00005,FIN-EXPORT-A,1,Incoming Funds,2012-01-01,CHF,1000.50,1000.50,"
                + "\"Incoming, first \"\"tranche\"\"\"\n"
                + "EXP-2,7TST00005-X2,7TST00005,FIN-EXPORT-A,3,Disbursement,2012-12-31,JPY,73000000,435153.05,\n");
    }

    @Test
    void theOtherPartnersTransactionsAreItsOwn() {
        String csv = given().queryParam("partnerId", "FIN-EXPORT-B").when().get(TRANSACTIONS)
                .then().statusCode(200).extract().asString();

        assertThat(csv).isEqualTo(TRANSACTION_HEADER
                + "EXP-3,7TST00004-X1,7TST00004,FIN-EXPORT-B,4,Expenditure,2012-07-01,EUR,0.10,0.09,\n");
    }

    @Test
    void anExportWithNothingInItStillHasItsHeader() {
        String csv = given().queryParam("from", "1990-01-01").queryParam("to", "1990-12-31")
                .when().get(TRANSACTIONS).then().statusCode(200).extract().asString();

        assertThat(csv).isEqualTo(TRANSACTION_HEADER);
    }

    @Test
    void aBadPeriodIsABadRequest() {
        given().queryParam("from", "2012-13-01").when().get(AGREEMENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors", equalTo(List.of(Map.of("field", "from", "message",
                        "must be an ISO date (YYYY-MM-DD)"))));
        given().queryParam("from", "2012-02-01").queryParam("to", "2012-01-31").when().get(TRANSACTIONS)
                .then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "to", "message",
                        "must not be before from (2012-02-01)"))));
    }

    @Test
    void aPeriodEndingBeforeTheYearsPostgresqlKnowsIsRefusedNamingIt() {
        given().queryParam("to", "-999999999-01-01")
                .when().get(TRANSACTIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("must be a date from 1900-01-01 to 9999-12-31"));
    }
}
