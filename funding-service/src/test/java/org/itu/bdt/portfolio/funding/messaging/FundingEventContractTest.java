package org.itu.bdt.portfolio.funding.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.pay;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.putSchedule;
import static org.itu.bdt.portfolio.funding.Requests.post;

/**
 * The producer side of docs/asyncapi.yaml: the API is driven until funding-service has published every event type
 * the document gives portfolio.funding.v1, and each record read back from the topic (key, headers and payload)
 * conforms to its message. A field, type or header changed on one side only fails here.
 */
@QuarkusTest
class FundingEventContractTest {
    private static final EventContract CONTRACT = EventContract.load();
    private static final String TOPIC = "portfolio.funding.v1";
    private static final String PROJECT = "7AGR00090";

    @Test
    void everyEventTypeFundingServicePublishesConformsToTheAsyncApiDocument() {
        try (FundingTopic topic = FundingTopic.tail()) {
            emitEveryType();

            List<String> documented = CONTRACT.types(TOPIC);
            List<ConsumerRecord<String, String>> records =
                    topic.awaitUntil(received -> typesOf(received).containsAll(documented));

            records.forEach(CONTRACT::assertConforms);
            assertThat(typesOf(records)).containsExactlyInAnyOrderElementsOf(documented).hasSize(11);
        }
    }

    /** The steps of the feature tests, one of each: partners, a rate, agreements, instalments, finance, ICT-DF. */
    private static void emitEveryType() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"partnerId":"NO-CONTRACT","name":"Norway","type":"government","country":"NO"}""")
                .when().post("/api/partners").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"Government of Norway","type":"government","country":"NO"}""")
                .when().put("/api/partners/NO-CONTRACT").then().statusCode(200);
        post("/api/exchange-rates", """
                [{"currency":"NOK","month":"2023-05","chfPerUnit":0.0851}]""").statusCode(200);
        post("/api/agreements", """
                {"agreementNumber":"%s-01","projectNumber":"%s","partnerId":"NO-CONTRACT","fundingSource":"PARTNER",
                 "currency":"NOK","originalAmount":100000.00,"signedOn":"2023-05-10"}"""
                .formatted(PROJECT, PROJECT)).statusCode(201);
        post("/api/agreements/%s-01/amendments".formatted(PROJECT), """
                {"effectiveOn":"2023-06-01","newOriginalAmount":120000.00,"reason":"second phase"}""")
                .statusCode(201);
        putSchedule(PROJECT + "-01", """
                [{"dueOn":"2023-06-30","amount":60000.00},{"dueOn":"2024-06-30","amount":60000.00}]""")
                .statusCode(200);
        pay(PROJECT + "-01", "FIN-CONTRACT-1", "2023-07-03", "60000.00").statusCode(201);
        post("/api/finance/transactions?atomic=true", """
                [{"reference":"GL-CONTRACT-1","agreementNumber":"%s-01","type":"1","transactionDate":"2023-07-03",
                  "currency":"NOK","amount":60000.00,"chfAmount":5106.00,"description":null}]"""
                .formatted(PROJECT)).statusCode(200);
        post("/api/finance/balances?atomic=true", """
                [{"reference":"YE-CONTRACT-2023","agreementNumber":"%s-01","year":2023,"balanceChf":4000.00,
                  "asOf":"2023-12-31"}]""".formatted(PROJECT)).statusCode(200);
        post("/api/ict-df/transfers", """
                {"transferId":"ICTDF-CONTRACT","receivedOn":"2023-01-16","amountChf":50000.00,
                 "source":"ITU Council","reference":"Resolution contract"}""").statusCode(201);
        post("/api/agreements", """
                {"agreementNumber":"%s-02","projectNumber":"%s","fundingSource":"ITU","currency":"CHF",
                 "originalAmount":20000.00,"signedOn":"2023-05-11"}""".formatted(PROJECT, PROJECT)).statusCode(201);
        post("/api/agreements/%s-01/cancellation".formatted(PROJECT), """
                {"cancelledOn":"2024-01-31","reason":"the partner withdrew"}""").statusCode(200);
    }

    private static Set<String> typesOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> header(record, "ce_type")).collect(Collectors.toSet());
    }
}
