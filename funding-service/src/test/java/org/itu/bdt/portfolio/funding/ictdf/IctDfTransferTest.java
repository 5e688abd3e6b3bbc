package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class IctDfTransferTest {
    private static final String TRANSFERS = "/api/ict-df/transfers";

    @Inject
    DataSource dataSource;

    @Test
    void aTransferIsStoredAsSentAndPublishesIctDfTransferReceivedKeyedByTheAccount() {
        try (FundingTopic topic = FundingTopic.tail()) {
            String body = post(TRANSFERS, """
                    {"transferId":"ICTDF-EWCF-TEST","receivedOn":"2023-07-14","amountChf":3000000.50,
                     "source":"ITU Telecom exhibition working capital fund (EWCF)",
                     "reference":"ITU Council 2023 Resolution 1418"}""")
                    .statusCode(201)
                    .header("Location", endsWith("/api/ict-df/transfers/ICTDF-EWCF-TEST"))
                    .contentType(ContentType.JSON)
                    .extract().asString();

            assertThat(body).isEqualTo("{\"transferId\":\"ICTDF-EWCF-TEST\",\"receivedOn\":\"2023-07-14\","
                    + "\"amountChf\":3000000.50,\"source\":\"ITU Telecom exhibition working capital fund (EWCF)\","
                    + "\"reference\":\"ITU Council 2023 Resolution 1418\"}");
            ConsumerRecord<String, String> event = topic.awaitRecord(received("ICTDF-EWCF-TEST"));
            assertThat(event.key()).isEqualTo("ICT-DF");
            assertThat(header(event, "ce_subject")).isEqualTo("ICT-DF");
            assertThat(header(event, "ce_source")).isEqualTo("/bdt/funding-service");
            assertThat(event.value()).isEqualTo("{\"transferId\":\"ICTDF-EWCF-TEST\",\"receivedOn\":\"2023-07-14\","
                    + "\"amountChf\":\"3000000.50\",\"source\":\"ITU Telecom exhibition working capital fund (EWCF)\","
                    + "\"reference\":\"ITU Council 2023 Resolution 1418\"}");
        }
        given().when().get(TRANSFERS + "/ICTDF-EWCF-TEST")
                .then().statusCode(200)
                .body("amountChf", equalTo(3000000.5f));
    }

    @Test
    void aTransferWithoutIdIsNumberedWithinItsDay() {
        assertThat(receiveWithoutId("2019-05-02")).isEqualTo("ICTDF-2019-05-02-1");
        assertThat(receiveWithoutId("2019-05-02")).isEqualTo("ICTDF-2019-05-02-2");
        assertThat(receiveWithoutId("2019-05-03")).isEqualTo("ICTDF-2019-05-03-1");
    }

    @Test
    void aTransferReceivedTodayIsAccepted() {
        post(TRANSFERS, transfer("ICTDF-TODAY", LocalDate.now().toString(), "0.01")).statusCode(201);
    }

    @Test
    void transfersAreListedByDateThenId() {
        post(TRANSFERS, transfer("ICTDF-LIST-B", "2018-02-01", "10.00")).statusCode(201);
        post(TRANSFERS, transfer("ICTDF-LIST-A", "2018-02-01", "20.00")).statusCode(201);
        post(TRANSFERS, transfer("ICTDF-LIST-0", "2018-01-31", "30.00")).statusCode(201);

        List<String> ids = given().when().get(TRANSFERS).then().statusCode(200)
                .extract().jsonPath().getList("transferId");
        assertThat(ids).containsSubsequence("ICTDF-LIST-0", "ICTDF-LIST-A", "ICTDF-LIST-B");
        List<String> dates = given().when().get(TRANSFERS).then().extract().jsonPath().getList("receivedOn");
        assertThat(dates).isSorted();
    }

    @Test
    void anUnknownTransferIsNotFound() {
        given().when().get(TRANSFERS + "/NO-SUCH-TRANSFER")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("no ICT-DF transfer NO-SUCH-TRANSFER"));
    }

    @Test
    void aNegativeTransferStoresNothing() {
        assertRefused(transfer(null, "2024-01-10", "-5.00"), 400, "validation-failed", "amountChf",
                "must not be negative");
    }

    @Test
    void aZeroTransferStoresNothing() {
        assertRefused(transfer(null, "2024-01-10", "0.00"), 400, "validation-failed", "amountChf",
                "must be greater than zero");
    }

    @Test
    void aTransferWithThreeDecimalsStoresNothing() {
        assertRefused(transfer(null, "2024-01-10", "100.005"), 400, "validation-failed", "amountChf",
                "must have at most 2 decimals");
    }

    @Test
    void aTransferDatedTomorrowStoresNothing() {
        assertRefused(transfer(null, LocalDate.now().plusDays(1).toString(), "100.00"), 400, "validation-failed",
                "receivedOn", "must be a date in the past or in the present");
    }

    @Test
    void aDuplicateTransferIdConflictsAndKeepsTheFirst() {
        post(TRANSFERS, transfer("ICTDF-TWICE", "2017-03-03", "700.00")).statusCode(201);

        assertRefused(transfer("ICTDF-TWICE", "2017-03-04", "800.00"), 409, "conflict", null, null);
        given().when().get(TRANSFERS + "/ICTDF-TWICE").then().body("amountChf", equalTo(700.00f));
    }

    @Test
    void aMalformedTransferIdStoresNothing() {
        assertRefused(transfer("no spaces", "2024-01-10", "100.00"), 400, "validation-failed", "transferId",
                "must match \"^[A-Za-z0-9][A-Za-z0-9-]{2,49}$\"");
    }

    @Test
    void everyMissingFieldIsListedAndNothingStored() {
        long transfers = tables().count("ictdf_transfer");
        long events = tables().count("outbox_event");

        post(TRANSFERS, "{\"transferId\":\"ICTDF-EMPTY\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("amountChf", "receivedOn", "reference", "source")));

        assertThat(tables().count("ictdf_transfer")).isEqualTo(transfers);
        assertThat(tables().count("outbox_event")).isEqualTo(events);
    }

    @Test
    void malformedJsonStoresNothing() {
        assertRefused("{\"amountChf\":12,", 400, "malformed-json", null, null);
    }

    private String receiveWithoutId(String receivedOn) {
        return post(TRANSFERS, transfer(null, receivedOn, "1.00")).statusCode(201)
                .extract().jsonPath().getString("transferId");
    }

    private static String transfer(String transferId, String receivedOn, String amount) {
        return """
                {"transferId":%s,"receivedOn":"%s","amountChf":%s,"source":"test","reference":"test %s"}"""
                .formatted(transferId == null ? "null" : "\"" + transferId + "\"", receivedOn, amount, receivedOn);
    }

    private void assertRefused(String body, int status, String slug, String field, String message) {
        long transfers = tables().count("ictdf_transfer");
        long events = tables().count("outbox_event");

        var response = post(TRANSFERS, body)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("instance", equalTo(TRANSFERS));
        if (field != null) {
            response.body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo(message));
        }

        assertThat(tables().count("ictdf_transfer")).isEqualTo(transfers);
        assertThat(tables().count("outbox_event")).isEqualTo(events);
    }

    private static Predicate<ConsumerRecord<String, String>> received(String transferId) {
        return record -> "int.itu.bdt.portfolio.IctDfTransferReceived".equals(header(record, "ce_type"))
                && record.value().startsWith("{\"transferId\":\"" + transferId + "\",");
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
