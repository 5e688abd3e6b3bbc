package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.itu.bdt.portfolio.funding.UnfundedAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.FundingTopic.keyedBy;
import static org.itu.bdt.portfolio.funding.FundingTopic.types;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
@TestProfile(UnfundedAccount.class)
class IctDfAccountTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void anEmptyAccount() {
        UnfundedAccount.empty(dataSource);
    }

    @Test
    void anEmptyAccountHoldsNothing() {
        assertThat(account("2024-12-31")).isEqualTo("{\"asOf\":\"2024-12-31\",\"currency\":\"CHF\","
                + "\"transfersIn\":0.00,\"allocated\":0.00,\"balance\":0.00}");
    }

    @Test
    void theAccountCountsEachAllocationFromItsSignatureAtTheAmountInForceOnTheDay() {
        receive("T-2020", "2020-01-01", "1000.00");
        receive("T-2021", "2021-06-01", "500.00");
        sign("7TST00001-01", "7TST00001", "300.00", "2020-06-01").statusCode(201);
        amend("7TST00001-01", "7TST00001-01-A1", "2021-01-01", "250.00").statusCode(201);

        assertThat(account("2019-12-31")).isEqualTo(account("2019-12-31", "0.00", "0.00", "0.00"));
        assertThat(account("2020-05-31")).isEqualTo(account("2020-05-31", "1000.00", "0.00", "1000.00"));
        assertThat(account("2020-06-01")).isEqualTo(account("2020-06-01", "1000.00", "300.00", "700.00"));
        assertThat(account("2020-12-31")).isEqualTo(account("2020-12-31", "1000.00", "300.00", "700.00"));
        assertThat(account("2021-01-01")).isEqualTo(account("2021-01-01", "1000.00", "250.00", "750.00"));
        assertThat(account("2021-06-01")).isEqualTo(account("2021-06-01", "1500.00", "250.00", "1250.00"));
    }

    @Test
    void partnerMoneyIsNoAllocation() {
        partnerExists("EC");
        post("/api/agreements", """
                {"agreementNumber":"7TST00009-01","projectNumber":"7TST00009","partnerId":"EC",
                 "fundingSource":"PARTNER","currency":"CHF","originalAmount":5000.00,"signedOn":"2020-02-01"}""")
                .statusCode(201);

        assertThat(account("2020-12-31")).isEqualTo(account("2020-12-31", "0.00", "0.00", "0.00"));
    }

    @Test
    void theStatementListsTheMovementsInDateOrderWithTheRunningBalance() {
        receive("T-2020", "2020-01-01", "1000.00");
        receive("T-2021", "2021-06-01", "500.00");
        sign("7TST00001-01", "7TST00001", "300.00", "2020-06-01").statusCode(201);
        amend("7TST00001-01", "7TST00001-01-A1", "2021-01-01", "250.00").statusCode(201);
        sign("7TST00002-01", "7TST00002", "1250.00", "2021-06-01").statusCode(201);

        String statement = given().queryParam("from", "2020-02-01").queryParam("to", "2021-06-01")
                .when().get("/api/ict-df/statement")
                .then().statusCode(200).extract().asString();

        assertThat(statement).isEqualTo("{\"from\":\"2020-02-01\",\"to\":\"2021-06-01\",\"currency\":\"CHF\","
                + "\"openingBalance\":1000.00,\"lines\":["
                + line("2020-06-01", "ALLOCATION", "7TST00001-01", "\"7TST00001\"", "-300.00", "700.00") + ","
                + line("2021-01-01", "ALLOCATION_AMENDED", "7TST00001-01-A1", "\"7TST00001\"", "50.00", "750.00") + ","
                + line("2021-06-01", "TRANSFER_IN", "T-2021", "null", "500.00", "1250.00") + ","
                + line("2021-06-01", "ALLOCATION", "7TST00002-01", "\"7TST00002\"", "-1250.00", "0.00")
                + "],\"closingBalance\":0.00}");
    }

    @Test
    void aStatementWithoutDatesRunsFromTheFirstMovementToToday() {
        receive("T-2020", "2020-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "300.00", "2020-06-01").statusCode(201);

        given().when().get("/api/ict-df/statement")
                .then().statusCode(200)
                .body("from", equalTo("2020-01-01"))
                .body("to", equalTo(LocalDate.now().toString()))
                .body("openingBalance", equalTo(0.00f))
                .body("lines.reference", equalTo(List.of("T-2020", "7TST00001-01")))
                .body("closingBalance", equalTo(700.00f));
    }

    @ParameterizedTest(name = "{0} is refused with a problem naming {2}: {3}")
    @MethodSource("badQueries")
    void aBadAccountOrStatementQueryIsRefusedWithAProblemNamingTheField(String query, String uri, String field,
                                                                        String message) {
        given().when().get(uri)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                arguments("a statement ending before it starts", "/api/ict-df/statement?from=2021-01-02&to=2021-01-01",
                        "from", "must not be after to (2021-01-01)"),
                arguments("an account as of an impossible date", "/api/ict-df/account?asOf=2024-02-30",
                        "asOf", "must be an ISO date (YYYY-MM-DD)"));
    }

    @Test
    void anAllocationBeyondTheBalanceIsRefusedWithTheBalanceAvailableAndNothingIsStored() {
        receive("T-2020", "2020-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "600.00", "2020-02-01").statusCode(201);

        assertOverAllocated(() -> sign("7TST00002-01", "7TST00002", "400.01", "2020-03-01"), "/api/agreements",
                "the ICT-DF balance available from 2020-03-01 on is 400.00 CHF, less than the 400.01 CHF requested",
                400.00f, 400.01f);

        sign("7TST00002-01", "7TST00002", "400.00", "2020-03-01").statusCode(201);
        assertThat(account("2020-12-31")).isEqualTo(account("2020-12-31", "1000.00", "1000.00", "0.00"));
    }

    @Test
    void aBackDatedAllocationThatWouldBreakALaterDayIsRefused() {
        receive("T-2020", "2020-01-01", "1000.00");
        receive("T-2022", "2022-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "1500.00", "2022-02-01").statusCode(201);

        assertOverAllocated(() -> sign("7TST00002-01", "7TST00002", "600.00", "2021-01-01"), "/api/agreements",
                "the ICT-DF balance available from 2021-01-01 on is 500.00 CHF, less than the 600.00 CHF requested",
                500.00f, 600.00f);

        sign("7TST00002-01", "7TST00002", "500.00", "2021-01-01").statusCode(201);
        assertThat(account("2021-01-01")).isEqualTo(account("2021-01-01", "1000.00", "500.00", "500.00"));
        assertThat(account("2022-02-01")).isEqualTo(account("2022-02-01", "2000.00", "2000.00", "0.00"));
    }

    @Test
    void anAmendmentRaisingAnItuLineBeyondTheBalanceIsRefusedAndNothingIsStored() {
        receive("T-2020", "2020-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "600.00", "2020-03-01").statusCode(201);

        assertOverAllocated(() -> amend("7TST00001-01", "7TST00001-01-A1", "2020-06-01", "1000.01"),
                "/api/agreements/7TST00001-01/amendments",
                "the ICT-DF balance available from 2020-06-01 on is 400.00 CHF, less than the 400.01 CHF requested",
                400.00f, 400.01f);

        amend("7TST00001-01", "7TST00001-01-A1", "2020-06-01", "1000.00").statusCode(201);
        assertThat(account("2020-06-01")).isEqualTo(account("2020-06-01", "1000.00", "1000.00", "0.00"));
    }

    @Test
    void aBackDatedAmendmentIsCheckedUntilTheNextAmendmentTakesForce() {
        receive("T-2020", "2020-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "900.00", "2020-03-01").statusCode(201);
        amend("7TST00001-01", "7TST00001-01-A1", "2020-06-01", "100.00").statusCode(201);
        sign("7TST00002-01", "7TST00002", "700.00", "2020-07-01").statusCode(201);

        assertOverAllocated(() -> amend("7TST00001-01", "7TST00001-01-A2", "2020-04-15", "1000.01"),
                "/api/agreements/7TST00001-01/amendments",
                "the ICT-DF balance available from 2020-04-15 until 2020-05-31 is 100.00 CHF, less than the"
                        + " 100.01 CHF requested", 100.00f, 100.01f);

        amend("7TST00001-01", "7TST00001-01-A2", "2020-04-15", "1000.00").statusCode(201);
        assertThat(account("2020-05-31")).isEqualTo(account("2020-05-31", "1000.00", "1000.00", "0.00"));
        assertThat(account("2020-07-01")).isEqualTo(account("2020-07-01", "1000.00", "800.00", "200.00"));
    }

    @Test
    void cuttingAnItuLineIsAllowedEvenOnAnAccountThatIsShort() {
        receive("T-2020", "2020-01-01", "1000.00");
        sign("7TST00001-01", "7TST00001", "1000.00", "2020-03-01").statusCode(201);
        UnfundedAccount.removeTransfers(dataSource);

        amend("7TST00001-01", "7TST00001-01-A1", "2020-06-01", "400.00").statusCode(201);
        assertThat(account("2020-06-01")).isEqualTo(account("2020-06-01", "0.00", "400.00", "-400.00"));
    }

    @Test
    void signingAnItuLinePublishesAgreementSignedThenIctDfAllocated() {
        try (FundingTopic topic = FundingTopic.tail()) {
            receive("T-2020", "2020-01-01", "1000.00");
            sign("7TST00001-01", "7TST00001", "100.00", "2020-01-15").statusCode(201);
            sign("7TST00003-01", "7TST00003", "250.00", "2020-02-01").statusCode(201);

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(2, keyedBy("7TST00003"));
            assertThat(events).extracting(event -> header(event, "ce_type"))
                    .containsExactly("int.itu.bdt.portfolio.AgreementSigned", "int.itu.bdt.portfolio.IctDfAllocated");
            assertThat(events.get(1).value()).isEqualTo("{\"agreementNumber\":\"7TST00003-01\","
                    + "\"projectNumber\":\"7TST00003\",\"amountChf\":\"250.00\",\"allocatedOn\":\"2020-02-01\","
                    + "\"balanceAfter\":\"650.00\"}");
            assertThat(header(events.get(1), "ce_subject")).isEqualTo("7TST00003");
        }
    }

    @Test
    void amendingAnItuLinePublishesAgreementAmendedOnly() {
        try (FundingTopic topic = FundingTopic.tail()) {
            receive("T-2020", "2020-01-01", "1000.00");
            sign("7TST00004-01", "7TST00004", "100.00", "2020-01-15").statusCode(201);
            amend("7TST00004-01", "7TST00004-01-A1", "2020-02-01", "150.00").statusCode(201);
            sign("7TST00004-02", "7TST00004", "1.00", "2020-03-01").statusCode(201);

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(5, keyedBy("7TST00004"));
            assertThat(events).extracting(event -> header(event, "ce_type")).containsExactly(types("AgreementSigned",
                    "IctDfAllocated", "AgreementAmended", "AgreementSigned", "IctDfAllocated"));
        }
    }

    /** 500.00 GBP at 1.2637 is 631.85 CHF; the account and the check count the converted CHF amounts. */
    @Test
    void anItuLineInAnotherCurrencyIsAllocatedAtItsConvertedChfAmount() {
        given().contentType(ContentType.JSON).body("{\"chfPerUnit\":1.2637}")
                .when().put("/api/exchange-rates/GBP/2020-02")
                .then().statusCode(anyOf(is(201), is(200)));
        receive("T-2020", "2020-01-01", "1000.00");
        try (FundingTopic topic = FundingTopic.tail()) {
            sign("7TST00005-01", "7TST00005", "GBP", "500.00", "2020-02-10").statusCode(201)
                    .body("chfAmount", equalTo(631.85f));

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(2, keyedBy("7TST00005"));
            assertThat(events.get(1).value()).isEqualTo("{\"agreementNumber\":\"7TST00005-01\","
                    + "\"projectNumber\":\"7TST00005\",\"amountChf\":\"631.85\",\"allocatedOn\":\"2020-02-10\","
                    + "\"balanceAfter\":\"368.15\"}");
        }
        assertThat(account("2020-02-10")).isEqualTo(account("2020-02-10", "1000.00", "631.85", "368.15"));

        assertOverAllocated(() -> sign("7TST00006-01", "7TST00006", "GBP", "291.34", "2020-02-20"), "/api/agreements",
                "the ICT-DF balance available from 2020-02-20 on is 368.15 CHF, less than the 368.17 CHF requested",
                368.15f, 368.17f);

        amend("7TST00005-01", "7TST00005-01-A1", "2020-03-01", "400.00").statusCode(201)
                .body("newChfAmount", equalTo(505.48f));
        assertThat(account("2020-03-01")).isEqualTo(account("2020-03-01", "1000.00", "505.48", "494.52"));
    }

    private static void receive(String transferId, String receivedOn, String amount) {
        post("/api/ict-df/transfers", """
                {"transferId":"%s","receivedOn":"%s","amountChf":%s,"source":"test","reference":"test"}"""
                .formatted(transferId, receivedOn, amount)).statusCode(201);
    }

    private static ValidatableResponse sign(String agreementNumber, String projectNumber,
                                                                  String amount, String signedOn) {
        return sign(agreementNumber, projectNumber, "CHF", amount, signedOn);
    }

    private static ValidatableResponse sign(String agreementNumber, String projectNumber, String currency,
                                            String amount, String signedOn) {
        return post("/api/agreements", """
                {"agreementNumber":"%s","projectNumber":"%s","fundingSource":"ITU","currency":"%s",
                 "originalAmount":%s,"signedOn":"%s"}""".formatted(agreementNumber, projectNumber, currency, amount,
                signedOn));
    }

    private static ValidatableResponse amend(String agreementNumber, String amendmentId,
                                                                   String effectiveOn, String amount) {
        return post("/api/agreements/" + agreementNumber + "/amendments", """
                {"amendmentId":"%s","effectiveOn":"%s","newOriginalAmount":%s,"reason":"test"}"""
                .formatted(amendmentId, effectiveOn, amount));
    }

    private static String account(String asOf) {
        return given().queryParam("asOf", asOf).when().get("/api/ict-df/account")
                .then().statusCode(200).extract().asString();
    }

    private static String account(String asOf, String transfersIn, String allocated, String balance) {
        return "{\"asOf\":\"%s\",\"currency\":\"CHF\",\"transfersIn\":%s,\"allocated\":%s,\"balance\":%s}"
                .formatted(asOf, transfersIn, allocated, balance);
    }

    private static String line(String date, String kind, String reference, String projectNumber, String amount,
                               String balance) {
        return ("{\"date\":\"%s\",\"kind\":\"%s\",\"reference\":\"%s\",\"projectNumber\":%s,"
                + "\"amountChf\":%s,\"balance\":%s}")
                .formatted(date, kind, reference, projectNumber, amount, balance);
    }

    private void assertOverAllocated(Supplier<ValidatableResponse> request,
                                     String instance, String detail, float balance, float requested) {
        Tables.Counts before = tables().counts();

        request.get().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("status", equalTo(409))
                .body("instance", equalTo(instance))
                .body("detail", equalTo(detail))
                .body("balance", equalTo(balance))
                .body("requested", equalTo(requested));

        assertThat(tables().counts()).isEqualTo(before);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }

    @Test
    void aStatementFromBeforeTheYearsADateCanHaveIsRefusedNamingTheParameter() {
        given().queryParam("from", "-999999999-01-01")
                .when().get("/api/ict-df/statement")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 to 9999-12-31"));
    }
}
