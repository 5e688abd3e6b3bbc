package org.itu.bdt.portfolio.funding.finance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.itu.bdt.portfolio.funding.messaging.TransactionRecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FinanceRequests.agreementExists;
import static org.itu.bdt.portfolio.funding.FinanceRequests.event;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importCsv;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importJson;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;

@QuarkusTest
class FinancialTransactionImportTest {
    private static final String PATH = "/api/finance/transactions";
    private static final String CSV_HEADER = "reference,agreement_number,type,transaction_date,currency,amount,"
            + "chf_amount,description\n";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fundingLines() {
        agreementExists("7TST00008-F1", "7TST00008", "FIN-TEST", "250000.00", "2023-03-01");
        agreementExists("7TST00009-F1", "7TST00009", "FIN-TEST", "80000.00", "2023-05-15");
    }

    @Test
    void aBatchReplayedThreeTimesLeavesExactlyTheStateOfOneRun() {
        String batch = "[" + row("REPLAY-1", "7TST00008-F1", "1", "2024-01-15", "CHF", "100000.00", null, "first")
                + "," + row("REPLAY-2", "7TST00008-F1", "3", "2024-02-01", "EUR", "25000.50", "23750.48", null)
                + "," + row("REPLAY-3", "7TST00009-F1", "4", "2024-03-31", "JPY", "1200000", "7154.40", "fees")
                + "]";

        importJson(PATH, "true", batch).statusCode(200)
                .body("totals", equalTo(Map.of("rows", 3, "created", 3, "unchanged", 0, "rejected", 0,
                        "skipped", 0)));
        State once = state("REPLAY-%");
        for (int replay = 0; replay < 2; replay++) {
            importJson(PATH, "true", batch).statusCode(200)
                    .body("rows.outcome", equalTo(List.of("unchanged", "unchanged", "unchanged")))
                    .body("totals.unchanged", equalTo(3));
        }

        assertThat(state("REPLAY-%")).isEqualTo(once)
                .isEqualTo(new State(3, new BigDecimal("1325000.50"), new BigDecimal("130904.88"), 3));
    }

    @Test
    void theSameBatchSentFourTimesAtOnceIsStoredOnce() throws Exception {
        String batch = "[" + row("PARALLEL-1", "7TST00008-F1", "3", "2024-01-20", "CHF", "10.00", null, null)
                + "," + row("PARALLEL-2", "7TST00009-F1", "3", "2024-01-21", "CHF", "20.00", null, null) + "]";
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> created = senders.invokeAll(Collections.nCopies(4, () ->
                    importJson(PATH, "true", batch).statusCode(200).extract().<Integer>path("totals.created")));

            int total = 0;
            for (Future<Integer> answer : created) {
                total += answer.get();
            }
            assertThat(total).isEqualTo(2);
        } finally {
            senders.shutdown();
        }
        assertThat(state("PARALLEL-%")).isEqualTo(new State(2, new BigDecimal("30.00"), new BigDecimal("30.00"), 2));
    }

    @Test
    void theSameRowTwiceInOneBatchIsCreatedOnceThenUnchanged() {
        String row = row("TWICE-1", "7TST00008-F1", "2", "2024-04-02", "CHF", "5000.00", null, "commitment");

        importJson(PATH, "true", "[" + row + "," + row + "]").statusCode(200)
                .body("rows.outcome", equalTo(List.of("created", "unchanged")))
                .body("rows.row", equalTo(List.of(1, 2)))
                .body("rows.reference", equalTo(List.of("TWICE-1", "TWICE-1")));

        assertThat(state("TWICE-%")).isEqualTo(new State(1, new BigDecimal("5000.00"), new BigDecimal("5000.00"), 1));
    }

    @Test
    void aReferenceRepeatedWithOtherContentInOneBatchIsRejectedAgainstTheRowBeforeIt() {
        importJson(PATH, "false", "[" + row("REPEAT-1", "7TST00008-F1", "3", "2024-04-03", "CHF", "900.00", null, null)
                + "," + row("REPEAT-1", "7TST00009-F1", "3", "2024-04-03", "CHF", "900.00", null, null) + "]")
                .statusCode(200)
                .body("rows.outcome", equalTo(List.of("created", "rejected")))
                .body("rows[1].errors", equalTo(List.of(
                        Map.of("field", "reference",
                                "message", "is already recorded with other content; a recorded row never changes"),
                        Map.of("field", "agreementNumber", "message", "differs from the recorded 7TST00008-F1"))));

        assertThat(state("REPEAT-1")).isEqualTo(new State(1, new BigDecimal("900.00"), new BigDecimal("900.00"), 1));
    }

    @Test
    void aChangedRowWithAKnownReferenceIsRejectedAndTheRecordedOneStays() {
        importJson(PATH, "true", "[" + row("CHANGE-1", "7TST00008-F1", "3", "2024-05-02", "CHF", "700.00", null,
                null) + "]").statusCode(200);
        State before = state("CHANGE-%");

        importJson(PATH, "false", "[" + row("CHANGE-1", "7TST00008-F1", "3", "2024-05-02", "CHF", "770.00", null,
                null) + "]").statusCode(200)
                .body("rows[0].outcome", equalTo("rejected"))
                .body("rows[0].errors", equalTo(List.of(
                        Map.of("field", "reference",
                                "message", "is already recorded with other content; a recorded row never changes"),
                        Map.of("field", "amount", "message", "differs from the recorded 700.00"),
                        Map.of("field", "chfAmount", "message", "differs from the recorded 700.00"))));

        assertThat(state("CHANGE-%")).isEqualTo(before);
        given().queryParam("agreementNumber", "7TST00008-F1").when().get(PATH)
                .then().body("find { it.reference == 'CHANGE-1' }.amount", equalTo(700.00f));
    }

    @Test
    void anAtomicBatchWithOneBadRowStoresNothingAndEmitsNothing() {
        Tables.Counts before = tables().counts();
        long transactionsBefore = tables().count("financial_transaction");

        importJson(PATH, null, "[" + row("ATOMIC-1", "7TST00008-F1", "3", "2024-06-01", "CHF", "10.00", null, null)
                + "," + row("ATOMIC-2", "7TST00008-F1", "3", "2024-06-02", "CHF", "-10.00", null, null)
                + "," + row("ATOMIC-3", "7TST00009-F1", "4", "2024-06-03", "CHF", "30.00", null, null) + "]")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:unprocessable"))
                .body("status", equalTo(422))
                .body("detail", equalTo("1 of 3 rows are rejected; the batch is atomic, so nothing is stored"))
                .body("instance", equalTo(PATH))
                .body("atomic", equalTo(true))
                .body("rows.outcome", equalTo(List.of("skipped", "rejected", "skipped")))
                .body("rows[1].errors", equalTo(List.of(Map.of("field", "amount", "message", "must be positive"))))
                .body("totals", equalTo(Map.of("rows", 3, "created", 0, "unchanged", 0, "rejected", 1,
                        "skipped", 2)));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("financial_transaction")).isEqualTo(transactionsBefore);
    }

    @Test
    void aNonAtomicBatchStoresTheGoodRowsAndReportsTheRejectedOnes() {
        importJson(PATH, "false", "[" + row("PARTIAL-1", "7TST00008-F1", "3", "2024-06-01", "CHF", "10.00", null,
                null)
                + "," + row("PARTIAL-2", "7UNK00000-01", "3", "2024-06-02", "CHF", "20.00", null, null)
                + "," + row("PARTIAL-3", "7TST00009-F1", "4", "2024-06-03", "CHF", "30.00", null, null) + "]")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("atomic", equalTo(false))
                .body("rows.outcome", equalTo(List.of("created", "rejected", "created")))
                .body("rows[1].errors", equalTo(List.of(
                        Map.of("field", "agreementNumber", "message", "unknown agreement 7UNK00000-01"))))
                .body("rows[0].errors", hasSize(0))
                .body("totals", equalTo(Map.of("rows", 3, "created", 2, "unchanged", 0, "rejected", 1,
                        "skipped", 0)));

        assertThat(state("PARTIAL-%")).isEqualTo(new State(2, new BigDecimal("40.00"), new BigDecimal("40.00"), 2));
    }

    @Test
    void aTransactionDatedTomorrowIsRejected() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Zurich")).plusDays(1).toString();

        assertRowRejected(row("FUTURE-1", "7TST00008-F1", "3", tomorrow, "CHF", "10.00", null, null),
                "transactionDate", "must not be in the future");
    }

    @Test
    void aTransactionOnAnUnknownAgreementIsRejected() {
        assertRowRejected(row("UNKNOWN-1", "7TST00008-F9", "3", "2024-06-01", "CHF", "10.00", null, null),
                "agreementNumber", "unknown agreement 7TST00008-F9");
    }

    @Test
    void aTypeCodeOutsideTheIatiCodelistIsRejected() {
        assertRowRejected(row("TYPE-1", "7TST00008-F1", "Disbursement", "2024-06-01", "CHF", "10.00", null, null),
                "type", "must be an IATI TransactionType code: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13");
    }

    @Test
    void yenWithDecimalsIsRejected() {
        assertRowRejected(row("YEN-1", "7TST00008-F1", "3", "2024-06-01", "JPY", "1000.5", "6.00", null),
                "amount", "must have at most 0 decimals in JPY");
    }

    @Test
    void csvAndJsonGiveTheSameResult() {
        String csv = CSV_HEADER
                + "SAME-1,7TST00008-F1,3,2024-07-01,EUR,1000.00,940.25,\"Consultant, phase 1\"\n"
                + "SAME-2,7TST00009-F1,2,2024-07-02,CHF,1500,,\n"
                + "SAME-3,7TST00009-F1,4,2024-07-03,JPY,15.5,0.09,\n";
        String json = "[" + row("SAME-1", "7TST00008-F1", "3", "2024-07-01", "EUR", "1000.00", "940.25",
                "Consultant, phase 1")
                + "," + row("SAME-2", "7TST00009-F1", "2", "2024-07-02", "CHF", "1500", null, null)
                + "," + row("SAME-3", "7TST00009-F1", "4", "2024-07-03", "JPY", "15.5", "0.09", null) + "]";

        String fromCsv = importCsv(PATH, "false", csv).statusCode(200)
                .body("rows.outcome", equalTo(List.of("created", "created", "rejected")))
                .extract().asString();
        String fromJson = importJson(PATH, "false", json).statusCode(200)
                .body("rows.outcome", equalTo(List.of("unchanged", "unchanged", "rejected")))
                .extract().asString();

        assertThat(fromJson.replace("\"created\":0,\"unchanged\":2", "\"created\":2,\"unchanged\":0")
                .replace("\"outcome\":\"unchanged\"", "\"outcome\":\"created\"")).isEqualTo(fromCsv);
        given().queryParam("agreementNumber", "7TST00008-F1").when().get(PATH)
                .then().body("find { it.reference == 'SAME-1' }.description", equalTo("Consultant, phase 1"));
    }

    @Test
    void transactionRecordedIsPublishedKeyedByTheProject() {
        try (FundingTopic topic = FundingTopic.tail()) {
            importJson(PATH, "true", "[" + row("EVENT-1", "7TST00009-F1", "3", "2024-08-01", "JPY", "73000000",
                    "435153.00", "tranche 1") + "]").statusCode(200);

            ConsumerRecord<String, String> event =
                    topic.awaitRecord(event("int.itu.bdt.portfolio.TransactionRecorded", "EVENT-1"));
            assertThat(event.key()).isEqualTo("7TST00009");
            assertThat(header(event, "ce_subject")).isEqualTo("7TST00009");
            assertThat(event.value()).isEqualTo("{\"reference\":\"EVENT-1\",\"agreementNumber\":\"7TST00009-F1\","
                    + "\"projectNumber\":\"7TST00009\",\"type\":\"3\",\"typeName\":\"Disbursement\","
                    + "\"transactionDate\":\"2024-08-01\",\"currency\":\"JPY\",\"amount\":\"73000000\","
                    + "\"chfAmount\":\"435153.00\"}");
        }
    }

    @Test
    void transactionsAreListedByAgreementAndByProjectWithTheirTypeNames() {
        agreementExists("7TST00007-F1", "7TST00007", "FIN-TEST", "1000.00", "2023-01-10");
        agreementExists("7TST00007-F2", "7TST00007", "FIN-TEST", "2000.00", "2023-01-10");
        importJson(PATH, "true", "[" + row("LIST-2", "7TST00007-F2", "1", "2024-02-01", "CHF", "2000", null, null)
                + "," + row("LIST-1", "7TST00007-F1", "4", "2024-03-01", "USD", "99.99", "88.10", "laptop")
                + "]").statusCode(200);

        String body = given().queryParam("projectNumber", "7TST00007").when().get(PATH)
                .then().statusCode(200).extract().asString();
        assertThat(body.replaceAll(",\"recordedAt\":\"[^\"]+\"", "")).isEqualTo("["
                + "{\"reference\":\"LIST-2\",\"agreementNumber\":\"7TST00007-F2\",\"projectNumber\":\"7TST00007\","
                + "\"type\":\"1\",\"typeName\":\"Incoming Funds\",\"transactionDate\":\"2024-02-01\","
                + "\"currency\":\"CHF\",\"amount\":2000.00,\"chfAmount\":2000.00,\"description\":null},"
                + "{\"reference\":\"LIST-1\",\"agreementNumber\":\"7TST00007-F1\",\"projectNumber\":\"7TST00007\","
                + "\"type\":\"4\",\"typeName\":\"Expenditure\",\"transactionDate\":\"2024-03-01\","
                + "\"currency\":\"USD\",\"amount\":99.99,\"chfAmount\":88.10,\"description\":\"laptop\"}]");
        given().queryParam("agreementNumber", "7TST00007-F1").when().get(PATH)
                .then().statusCode(200).body("reference", equalTo(List.of("LIST-1")));
    }

    @Test
    void anUnparseableBodyIsABadRequestAndStoresNothing() {
        Tables.Counts before = tables().counts();

        importJson(PATH, "true", "[{\"reference\":\"BAD-1\",").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"));
        importJson(PATH, "true", "{\"reference\":\"BAD-1\"}").statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"));
        importJson(PATH, "true", "[]").statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors", equalTo(List.of(Map.of("field", "body", "message", "must hold 1 to 10000 rows"))));

        assertThat(tables().counts()).isEqualTo(before);
    }

    @Test
    void aCsvWithAWrongHeaderIsABadRequestAndStoresNothing() {
        Tables.Counts before = tables().counts();

        importCsv(PATH, "true", "reference,agreement,type,transaction_date,currency,amount\n"
                + "HEADER-1,7TST00008-F1,3,2024-06-01,CHF,10.00\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("header", "header")))
                .body("errors[0].message", equalTo("has unknown columns agreement; expected reference, "
                        + "agreement_number, type, transaction_date, currency, amount (optional: chf_amount, "
                        + "description)"));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("financial_transaction where reference = 'HEADER-1'")).isZero();
    }

    @Test
    void anAtomicFlagOtherThanTrueOrFalseIsABadRequest() {
        importJson(PATH, "yes", "[" + row("FLAG-1", "7TST00008-F1", "3", "2024-06-01", "CHF", "10.00", null, null)
                + "]").statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "atomic", "message", "must be true or false"))));

        assertThat(tables().count("financial_transaction where reference = 'FLAG-1'")).isZero();
    }

    private void assertRowRejected(String row, String field, String message) {
        Tables.Counts before = tables().counts();
        long transactionsBefore = tables().count("financial_transaction");

        importJson(PATH, "false", "[" + row + "]").statusCode(200)
                .body("rows[0].outcome", equalTo("rejected"))
                .body("rows[0].errors", equalTo(List.of(Map.of("field", field, "message", message))));
        importJson(PATH, "true", "[" + row + "]").statusCode(422)
                .body("rows[0].errors", equalTo(List.of(Map.of("field", field, "message", message))));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("financial_transaction")).isEqualTo(transactionsBefore);
    }

    /** A JSON row with amounts as JSON numbers, as a finance system sends them. */
    private static String row(String reference, String agreementNumber, String type, String date, String currency,
                              String amount, String chfAmount, String description) {
        return """
                {"reference":"%s","agreementNumber":"%s","type":"%s","transactionDate":"%s","currency":"%s",\
                "amount":%s,"chfAmount":%s,"description":%s}""".formatted(reference, agreementNumber, type, date,
                currency, amount, chfAmount, description == null ? "null" : "\"" + description + "\"");
    }

    private record State(long rows, BigDecimal amounts, BigDecimal chfAmounts, long events) {
    }

    /** The transactions whose reference is like the pattern, and the outbox events they wrote. */
    private State state(String referencePattern) {
        String sql = """
                select count(*), coalesce(sum(amount), 0), coalesce(sum(chf_amount), 0),
                       (select count(*) from outbox_event where event_type = 'int.itu.bdt.portfolio.TransactionRecorded'
                          and payload::json ->> 'reference' like ?)
                from financial_transaction where reference like ?""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, referencePattern);
            statement.setString(2, referencePattern);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new State(rows.getLong(1), rows.getBigDecimal(2).setScale(2),
                        rows.getBigDecimal(3).setScale(2), rows.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
