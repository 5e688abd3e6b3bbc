package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.FinanceRequests.agreementExists;
import static org.itu.bdt.portfolio.funding.FinanceRequests.event;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importCsv;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importJson;

@QuarkusTest
class YearEndBalanceImportTest {
    private static final String PATH = "/api/finance/balances";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fundingLines() {
        agreementExists("7TST00006-F1", "7TST00006", "FIN-TEST", "90000.00", "2022-02-01");
        agreementExists("7TST00006-F2", "7TST00006", "FIN-TEST", "10000.00", "2022-02-01");
    }

    @Test
    void aBatchOfBalancesReplayedThreeTimesLeavesTheStateOfOneRun() {
        String batch = "[" + row("BAL-2022", "7TST00006-F1", "2022", "61000.25", "2022-12-31")
                + "," + row("BAL-2023", "7TST00006-F1", "2023", "0", "2023-12-31") + "]";

        importJson(PATH, "true", batch).statusCode(200).body("rows.outcome", equalTo(List.of("created", "created")));
        for (int replay = 0; replay < 2; replay++) {
            importJson(PATH, "true", batch).statusCode(200)
                    .body("rows.outcome", equalTo(List.of("unchanged", "unchanged")));
        }

        assertThat(tables().count("year_end_balance where agreement_number = '7TST00006-F1'")).isEqualTo(2);
        assertThat(tables().count("outbox_event where event_type = 'int.itu.bdt.portfolio.YearEndBalanceRecorded'"
                + " and payload::json ->> 'agreementNumber' = '7TST00006-F1'")).isEqualTo(2);
        String body = given().queryParam("agreementNumber", "7TST00006-F1").when().get(PATH)
                .then().statusCode(200).extract().asString();
        assertThat(body.replaceAll(",\"recordedAt\":\"[^\"]+\"", "")).isEqualTo("["
                + "{\"reference\":\"BAL-2022\",\"agreementNumber\":\"7TST00006-F1\",\"projectNumber\":\"7TST00006\","
                + "\"year\":2022,\"balanceChf\":61000.25,\"asOf\":\"2022-12-31\"},"
                + "{\"reference\":\"BAL-2023\",\"agreementNumber\":\"7TST00006-F1\",\"projectNumber\":\"7TST00006\","
                + "\"year\":2023,\"balanceChf\":0.00,\"asOf\":\"2023-12-31\"}]");
    }

    @Test
    void aSecondBalanceForTheSameFundingLineAndYearIsRejectedAlsoWithinOneBatch() {
        importJson(PATH, "false", "[" + row("BAL-A", "7TST00006-F2", "2022", "100.00", "2022-12-31")
                + "," + row("BAL-B", "7TST00006-F2", "2022", "100.00", "2022-12-31") + "]")
                .statusCode(200)
                .body("rows.outcome", equalTo(List.of("created", "rejected")))
                .body("rows[1].errors", equalTo(List.of(Map.of("field", "year",
                        "message", "agreement 7TST00006-F2 already has its 2022 balance under reference BAL-A"))));

        assertThat(tables().count("year_end_balance where agreement_number = '7TST00006-F2'")).isEqualTo(1);
    }

    @Test
    void aNegativeBalanceOrOneNotAtYearEndRefusesAnAtomicBatch() {
        Tables.Counts before = tables().counts();
        long balancesBefore = tables().count("year_end_balance");

        importJson(PATH, null, "[" + row("BAL-NEG", "7TST00006-F2", "2021", "-1.00", "2021-12-31")
                + "," + row("BAL-JUNE", "7TST00006-F2", "2020", "5.00", "2020-06-30")
                + "," + row("BAL-GOOD", "7TST00006-F2", "2019", "5.00", "2019-12-31") + "]")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rows.outcome", equalTo(List.of("rejected", "rejected", "skipped")))
                .body("rows[0].errors", equalTo(List.of(Map.of("field", "balanceChf",
                        "message", "must not be negative"))))
                .body("rows[1].errors", equalTo(List.of(Map.of("field", "asOf",
                        "message", "must be the year-end date 2020-12-31"))));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("year_end_balance")).isEqualTo(balancesBefore);
    }

    @Test
    void balancesComeAsCsvTooAndArePublished() {
        try (FundingTopic topic = FundingTopic.tail()) {
            importCsv(PATH, "true", "agreement_number,reference,year,balance_chf,as_of\n"
                    + "7TST00006-F2,BAL-CSV,2018,1234.5,2018-12-31\n")
                    .statusCode(200)
                    .body("rows", equalTo(List.of(Map.of("row", 1, "reference", "BAL-CSV", "outcome", "created",
                            "errors", List.of()))));

            ConsumerRecord<String, String> event =
                    topic.awaitRecord(event("int.itu.bdt.portfolio.YearEndBalanceRecorded", "BAL-CSV"));
            assertThat(event.key()).isEqualTo("7TST00006");
            assertThat(event.value()).isEqualTo("{\"reference\":\"BAL-CSV\",\"agreementNumber\":\"7TST00006-F2\","
                    + "\"projectNumber\":\"7TST00006\",\"year\":2018,\"balanceChf\":\"1234.50\","
                    + "\"asOf\":\"2018-12-31\"}");
        }
    }

    private static String row(String reference, String agreementNumber, String year, String balance, String asOf) {
        return """
                {"reference":"%s","agreementNumber":"%s","year":%s,"balanceChf":%s,"asOf":"%s"}"""
                .formatted(reference, agreementNumber, year, balance, asOf);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
