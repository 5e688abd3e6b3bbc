package org.itu.bdt.portfolio.funding;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** The calls the finance integration tests repeat. */
public final class FinanceRequests {
    private FinanceRequests() {
    }

    /** Signs a CHF partner agreement unless an earlier test did; CHF needs no exchange rate. */
    public static void agreementExists(String agreementNumber, String projectNumber, String partnerId,
                                       String amount, String signedOn) {
        Requests.partnerExists(partnerId);
        Requests.post("/api/agreements", """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":"%s","fundingSource":"PARTNER",
                 "currency":"CHF","originalAmount":%s,"signedOn":"%s"}"""
                .formatted(agreementNumber, projectNumber, partnerId, amount, signedOn))
                .statusCode(anyOf(is(201), is(409)));
    }

    public static ValidatableResponse importJson(String path, String atomic, String json) {
        return given().contentType(ContentType.JSON).queryParam("atomic", atomic).body(json)
                .when().post(path).then();
    }

    public static ValidatableResponse importCsv(String path, String atomic, String csv) {
        return given().contentType("text/csv").queryParam("atomic", atomic).body(csv)
                .when().post(path).then();
    }

    public static Predicate<ConsumerRecord<String, String>> event(String type, String reference) {
        return record -> type.equals(FundingTopic.header(record, "ce_type"))
                && record.value().startsWith("{\"reference\":\"" + reference + "\",");
    }
}
