package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.UnfundedAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

/**
 * The reference portfolio's two transfers and 37 ITU lines with their one amendment, loaded through the API in
 * the files' order (not signature order: the account is checked on every later day, whatever the order). The lines
 * are signed and amended from their original currency and amount only, as the reference loader does: the account
 * counts the CHF amounts funding-service converted, which must be the reference data's.
 */
@QuarkusTest
@TestProfile(UnfundedAccount.class)
class ReferenceIctDfAccountTest {
    private static final Path REFERENCE_DATA = Path.of("../deploy/reference-data");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theReferenceAccountLoaded() throws IOException {
        UnfundedAccount.empty(dataSource);
        referenceRatesPublished();
        for (Map<String, String> row : rows("ictdf_transfers.csv")) {
            post("/api/ict-df/transfers", """
                    {"transferId":"%s","receivedOn":"%s","amountChf":%s,"source":"%s","reference":"%s"}"""
                    .formatted(row.get("transfer_id"), row.get("received_on"), row.get("amount_chf"),
                            row.get("source"), row.get("reference"))).statusCode(201);
        }
        for (Map<String, String> row : rows("agreements.csv")) {
            if (row.get("funding_source").equals("ITU")) {
                ValidatableResponse signed = post("/api/agreements", """
                        {"agreementNumber":"%s","projectNumber":"%s","fundingSource":"ITU","currency":"%s",
                         "originalAmount":%s,"signedOn":"%s"}"""
                        .formatted(row.get("agreement_id"), row.get("project_number"), row.get("currency"),
                                row.get("original_amount"), row.get("signed_on")))
                        .statusCode(201);
                assertThat(amount(signed, "chfAmount")).as(row.get("agreement_id"))
                        .isEqualByComparingTo(row.get("chf_amount"));
            }
        }
        for (Map<String, String> row : rows("amendments.csv")) {
            ValidatableResponse amended = post("/api/agreements/" + row.get("agreement_id") + "/amendments", """
                    {"amendmentId":"%s","effectiveOn":"%s","newOriginalAmount":%s,"reason":"%s"}"""
                    .formatted(row.get("amendment_id"), row.get("effective_on"), row.get("new_original_amount"),
                            row.get("reason")))
                    .statusCode(201);
            assertThat(amount(amended, "newChfAmount")).as(row.get("amendment_id"))
                    .isEqualByComparingTo(row.get("new_chf_amount"));
        }
    }

    /**
     * 11,000,000.00 in, 10,425,305.00 allocated as amended (10,428,605.00 as signed, less the 3,300.00 cut from
     * 7MNE24002-03 on 2024-12-02). The reference data's README says 568,095.00: it takes the cut off the balance
     * instead of giving it back.
     */
    @Test
    void theFundHolds574695FrancsAtTheEndOf2024() {
        assertThat(account("2024-12-31")).isEqualTo("{\"asOf\":\"2024-12-31\",\"currency\":\"CHF\","
                + "\"transfersIn\":11000000.00,\"allocated\":10425305.00,\"balance\":574695.00}");
        assertThat(account("2024-12-01")).isEqualTo("{\"asOf\":\"2024-12-01\",\"currency\":\"CHF\","
                + "\"transfersIn\":11000000.00,\"allocated\":10340605.00,\"balance\":659395.00}");
    }

    @Test
    void theFundHeld654MillionOfAllocationsBeforeTheEwcfTransfer() {
        assertThat(account("2023-07-13")).isEqualTo("{\"asOf\":\"2023-07-13\",\"currency\":\"CHF\","
                + "\"transfersIn\":8000000.00,\"allocated\":6541135.00,\"balance\":1458865.00}");
    }

    @Test
    void theDecember2024StatementShowsTheCutGivenBackAndTheLastAllocation() {
        String statement = given().queryParam("from", "2024-12-01").queryParam("to", "2024-12-31")
                .when().get("/api/ict-df/statement").then().statusCode(200).extract().asString();

        assertThat(statement).isEqualTo("{\"from\":\"2024-12-01\",\"to\":\"2024-12-31\",\"currency\":\"CHF\","
                + "\"openingBalance\":659395.00,\"lines\":["
                + "{\"date\":\"2024-12-02\",\"kind\":\"ALLOCATION_AMENDED\",\"reference\":\"7MNE24002-03-A1\","
                + "\"projectNumber\":\"7MNE24002\",\"amountChf\":3300.00,\"balance\":662695.00},"
                + "{\"date\":\"2024-12-09\",\"kind\":\"ALLOCATION\",\"reference\":\"7CIS25001-03\","
                + "\"projectNumber\":\"7CIS25001\",\"amountChf\":-88000.00,\"balance\":574695.00}],"
                + "\"closingBalance\":574695.00}");
    }

    @Test
    void theBalanceNeverWentBelowZero() {
        JsonPath statement = JsonPath.from(given().queryParam("to", "2024-12-31").when().get("/api/ict-df/statement")
                        .then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        assertThat(statement.getString("from")).isEqualTo("2014-01-01");
        assertThat(statement.getList("lines")).hasSize(2 + 37 + 1);
        assertThat(statement.getList("lines.balance", BigDecimal.class)).allMatch(balance -> balance.signum() >= 0);
        assertThat(statement.getObject("closingBalance", BigDecimal.class)).isEqualTo(new BigDecimal("574695.00"));
    }

    private static String account(String asOf) {
        return given().queryParam("asOf", asOf).when().get("/api/ict-df/account")
                .then().statusCode(200).extract().asString();
    }

    /** An amount of a JSON answer, exact (shown with the currency's minor units: two decimals for CHF). */
    private static BigDecimal amount(ValidatableResponse response, String field) {
        return JsonPath.from(response.extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getObject(field, BigDecimal.class);
    }

    /** The reference files have no quoted fields. */
    private static List<Map<String, String>> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE_DATA.resolve(file));
        String[] header = lines.get(0).split(",");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] values = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], values[i]);
            }
            return row;
        }).toList();
    }
}
