package org.itu.bdt.portfolio.funding.rates;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.FundingTopic.ratePublished;
import static org.itu.bdt.portfolio.funding.Requests.post;

/** Each test uses currencies or months of its own, so that the tests do not depend on their order. */
@QuarkusTest
class ExchangeRateTest {
    private static final String UN = "UN operational rates of exchange";

    @Inject
    DataSource dataSource;

    @Test
    void aRateIsCreatedThenRevisedAndKeepsEveryVersionOldestFirst() {
        try (FundingTopic topic = FundingTopic.tail()) {
            long events = tables().count("outbox_event");
            put("GBP", "2025-01", "{\"chfPerUnit\":0.8962}")
                    .statusCode(201)
                    .header("Location", endsWith("/api/exchange-rates/GBP/2025-01"))
                    .body("revision", equalTo(1))
                    .body("source", equalTo(UN));
            put("GBP", "2025-01", "{\"chfPerUnit\":0.896200,\"source\":\"" + UN + "\"}")
                    .statusCode(200)
                    .body("revision", equalTo(1))
                    .body("history.revision", equalTo(List.of(1)));
            put("GBP", "2025-01", "{\"chfPerUnit\":0.9001,\"source\":\"UN treasury, mid-month revision\"}")
                    .statusCode(200)
                    .body("revision", equalTo(2));

            var rate = given().when().get("/api/exchange-rates/GBP/2025-01").then().statusCode(200).extract();
            List<String> recorded = rate.jsonPath().getList("history.recordedAt");
            assertThat(rate.asString()).isEqualTo("{\"currency\":\"GBP\",\"month\":\"2025-01\",\"chfPerUnit\":0.900100,"
                    + "\"source\":\"UN treasury, mid-month revision\",\"revision\":2,\"recordedAt\":\"" + recorded.get(1)
                    + "\",\"history\":[{\"revision\":1,\"chfPerUnit\":0.896200,\"source\":\"" + UN + "\",\"recordedAt\":\""
                    + recorded.get(0) + "\"},{\"revision\":2,\"chfPerUnit\":0.900100,\"source\":"
                    + "\"UN treasury, mid-month revision\",\"recordedAt\":\"" + recorded.get(1) + "\"}]}");
            // as instants: Jackson drops a zero fraction, and "…17Z" sorts after "…17.067Z" as text
            assertThat(Instant.parse(recorded.get(0))).isBeforeOrEqualTo(Instant.parse(recorded.get(1)));
            assertThat(tables().count("outbox_event")).isEqualTo(events + 2);

            List<ConsumerRecord<String, String>> published = topic.awaitRecords(2, ratePublished("GBP"));
            assertThat(published).extracting(ConsumerRecord::value).containsExactly(
                    "{\"currency\":\"GBP\",\"month\":\"2025-01\",\"chfPerUnit\":\"0.896200\",\"source\":\"" + UN
                            + "\",\"revision\":1}",
                    "{\"currency\":\"GBP\",\"month\":\"2025-01\",\"chfPerUnit\":\"0.900100\","
                            + "\"source\":\"UN treasury, mid-month revision\",\"revision\":2}");
            assertThat(header(published.get(0), "ce_subject")).isEqualTo("GBP");
            assertThat(header(published.get(0), "ce_source")).isEqualTo("/bdt/funding-service");
        }
    }

    @Test
    void aRateOfZeroOrLessStoresNothing() {
        assertPutRejected("NOK", "2025-01", "{\"chfPerUnit\":0}", "chfPerUnit", "must be greater than 0");
        assertPutRejected("NOK", "2025-01", "{\"chfPerUnit\":-0.08}", "chfPerUnit", "must be greater than 0");
        assertPutRejected("NOK", "2025-01", "{\"source\":\"no rate\"}", "chfPerUnit", "is required");
    }

    @Test
    void aRateWithSevenDecimalsStoresNothing() {
        assertPutRejected("NOK", "2025-02", "{\"chfPerUnit\":0.0812345}", "chfPerUnit",
                "must have at most 6 decimals");
    }

    @Test
    void anUnknownCurrencyStoresNothing() {
        assertPutRejected("XYZ", "2025-01", "{\"chfPerUnit\":1.5}", "currency",
                "must be a known ISO 4217 currency code of 3 upper-case letters");
        assertPutRejected("nok", "2025-01", "{\"chfPerUnit\":1.5}", "currency",
                "must be a known ISO 4217 currency code of 3 upper-case letters");
    }

    @Test
    void francsHaveNoRateAndStoreNothing() {
        assertPutRejected("CHF", "2025-01", "{\"chfPerUnit\":1}", "currency",
                "must not be CHF: a CHF amount needs no rate");
    }

    @Test
    void aMonthThatIsNotYyyyMmStoresNothing() {
        assertPutRejected("NOK", "2025-13", "{\"chfPerUnit\":0.08}", "month", "must be a month as yyyy-MM");
        assertPutRejected("NOK", "2025-03-01", "{\"chfPerUnit\":0.08}", "month", "must be a month as yyyy-MM");
    }

    @Test
    void aMonthWithoutRateIsNotFound() {
        given().when().get("/api/exchange-rates/SEK/2025-01")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("no SEK rate for 2025-01"))
                .body("instance", equalTo("/api/exchange-rates/SEK/2025-01"));
    }

    @Test
    void ratesAreListedByCurrencyFromOneMonthToAnother() {
        post("/api/exchange-rates", """
                [{"currency":"DKK","month":"2025-04","chfPerUnit":0.1204},
                 {"currency":"DKK","month":"2025-01","chfPerUnit":0.1201},
                 {"currency":"DKK","month":"2025-03","chfPerUnit":0.1203},
                 {"currency":"DKK","month":"2025-02","chfPerUnit":0.1202}]""").statusCode(200);

        given().queryParam("currency", "DKK").queryParam("from", "2025-02").queryParam("to", "2025-03")
                .when().get("/api/exchange-rates")
                .then().statusCode(200)
                .body("month", equalTo(List.of("2025-02", "2025-03")))
                .body("history.revision", equalTo(List.of(List.of(1), List.of(1))));
        given().queryParam("currency", "DKK").queryParam("from", "2025-04")
                .when().get("/api/exchange-rates")
                .then().statusCode(200)
                .body("month", equalTo(List.of("2025-04")));
        given().queryParam("from", "2025-4")
                .when().get("/api/exchange-rates")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aJsonBatchCountsWhatItCreatedRevisedAndLeftUnchangedAndPublishesEachChange() {
        try (FundingTopic topic = FundingTopic.tail()) {
            post("/api/exchange-rates", """
                    [{"currency":"CAD","month":"2025-01","chfPerUnit":0.61},
                     {"currency":"CAD","month":"2025-02","chfPerUnit":0.62}]""")
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body(equalTo("{\"created\":2,\"revised\":0,\"unchanged\":0}"));
            post("/api/exchange-rates", """
                    [{"currency":"CAD","month":"2025-01","chfPerUnit":0.610},
                     {"currency":"CAD","month":"2025-02","chfPerUnit":0.625,"source":"UN treasury"},
                     {"currency":"CAD","month":"2025-03","chfPerUnit":0.63}]""")
                    .statusCode(200)
                    .body(equalTo("{\"created\":1,\"revised\":1,\"unchanged\":1}"));

            assertThat(topic.awaitRecords(4, ratePublished("CAD"))).extracting(ConsumerRecord::value).containsExactly(
                    "{\"currency\":\"CAD\",\"month\":\"2025-01\",\"chfPerUnit\":\"0.610000\",\"source\":\"" + UN
                            + "\",\"revision\":1}",
                    "{\"currency\":\"CAD\",\"month\":\"2025-02\",\"chfPerUnit\":\"0.620000\",\"source\":\"" + UN
                            + "\",\"revision\":1}",
                    "{\"currency\":\"CAD\",\"month\":\"2025-02\",\"chfPerUnit\":\"0.625000\","
                            + "\"source\":\"UN treasury\",\"revision\":2}",
                    "{\"currency\":\"CAD\",\"month\":\"2025-03\",\"chfPerUnit\":\"0.630000\",\"source\":\"" + UN
                            + "\",\"revision\":1}");
        }
    }

    @Test
    void aJsonBatchWithBadRowsStoresNothingAndNamesEachBadRow() {
        assertBatchRejected("application/json", """
                [{"currency":"SEK","month":"2025-02","chfPerUnit":0.081},
                 {"currency":"SEK","month":"2025-03","chfPerUnit":0},
                 {"currency":"ZZZ","month":"2025-3","chfPerUnit":0.081},
                 null,
                 {"currency":"SEK","month":"2025-04","chfPerUnit":0.082}]""",
                "3 rows are invalid; nothing was stored", List.of(
                        List.of(2, "chfPerUnit", "must be greater than 0"),
                        List.of(3, "currency", "must be a known ISO 4217 currency code of 3 upper-case letters"),
                        List.of(3, "month", "must be a month as yyyy-MM"),
                        List.of(4, "currency", "is required"),
                        List.of(4, "month", "must be a month as yyyy-MM"),
                        List.of(4, "chfPerUnit", "is required")));
        given().when().get("/api/exchange-rates/SEK/2025-02").then().statusCode(404);
    }

    @Test
    void aBatchNamingOneMonthTwiceStoresNothing() {
        assertBatchRejected("application/json", """
                [{"currency":"SEK","month":"2025-05","chfPerUnit":0.081},
                 {"currency":"SEK","month":"2025-05","chfPerUnit":0.082}]""",
                "1 row is invalid; nothing was stored",
                List.of(List.of(2, "month", "repeats row 1: one SEK rate per month")));
    }

    @Test
    void aCsvFileIsPublishedLikeAJsonBatch() {
        given().contentType("text/csv; charset=UTF-8")
                .body("\uFEFFcurrency,month,chf_per_unit,source\r\nNZD,2025-01,0.52,\r\n\r\nNZD,2025-02, 0.53 ,UN treasury\r\n")
                .when().post("/api/exchange-rates")
                .then().statusCode(200)
                .body(equalTo("{\"created\":2,\"revised\":0,\"unchanged\":0}"));

        given().when().get("/api/exchange-rates/NZD/2025-01").then().statusCode(200).body("source", equalTo(UN));
        given().when().get("/api/exchange-rates/NZD/2025-02").then().statusCode(200)
                .body("source", equalTo("UN treasury"))
                .body("revision", equalTo(1));
    }

    @Test
    void aCsvFileWithBadRowsStoresNothingAndNamesEachBadRow() {
        assertBatchRejected("text/csv", """
                month,currency,chf_per_unit
                2025-06,SEK,0.081
                2025-07,SEK,abc
                2025-06,SEK,0.081
                2025-08,SEK,
                """, "3 rows are invalid; nothing was stored", List.of(
                        List.of(2, "chfPerUnit", "must be a decimal number"),
                        List.of(3, "month", "repeats row 1: one SEK rate per month"),
                        List.of(4, "chfPerUnit", "is required")));
    }

    @Test
    void aCsvRowWithTooManyValuesStoresNothingAndNamesTheRow() {
        Tables.Counts before = tables().counts();
        long rates = tables().count("exchange_rate");

        given().contentType("text/csv").body("currency,month,chf_per_unit\nSEK,2025-09,0.081\nSEK,2025-10,0,081\n")
                .when().post("/api/exchange-rates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("row"));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("exchange_rate")).isEqualTo(rates);
    }

    @Test
    void aCsvFileWithAnUnknownColumnStoresNothing() {
        Tables.Counts before = tables().counts();

        given().contentType("text/csv").body("currency,month,chf_per_unt\nSEK,2025-11,0.081\n")
                .when().post("/api/exchange-rates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", equalTo("must name the columns currency, month, chf_per_unit and"
                        + " optionally source; unknown: chf_per_unt"));

        assertThat(tables().counts()).isEqualTo(before);
        given().when().get("/api/exchange-rates/SEK/2025-11").then().statusCode(404);
    }

    private static ValidatableResponse put(String currency, String month, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().put("/api/exchange-rates/" + currency + "/" + month).then();
    }

    private void assertPutRejected(String currency, String month, String body, String field, String message) {
        Tables.Counts before = tables().counts();
        long rates = tables().count("exchange_rate");

        put(currency, month, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("instance", equalTo("/api/exchange-rates/" + currency + "/" + month))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors.message", equalTo(List.of(message)));

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("exchange_rate")).isEqualTo(rates);
    }

    private void assertBatchRejected(String contentType, String body, String detail, List<List<Object>> errors) {
        Tables.Counts before = tables().counts();
        long rates = tables().count("exchange_rate");

        var problem = given().contentType(contentType).body(body)
                .when().post("/api/exchange-rates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("detail", equalTo(detail))
                .extract().jsonPath();
        List<List<Object>> listed = problem.<Map<String, Object>>getList("errors").stream()
                .map(error -> List.of(error.get("row"), error.get("field"), error.get("message"))).toList();
        assertThat(listed).isEqualTo(errors);

        assertThat(tables().counts()).isEqualTo(before);
        assertThat(tables().count("exchange_rate")).isEqualTo(rates);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
