package org.itu.bdt.portfolio.funding;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** The calls the API tests repeat. */
public final class Requests {
    private Requests() {
    }

    public static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    /** Publishes the reference portfolio's exchange rates unless an earlier test did (a repeat changes nothing). */
    public static void referenceRatesPublished() {
        given().contentType("text/csv").body(ReferenceData.text("exchange_rates.csv"))
                .when().post("/api/exchange-rates")
                .then().statusCode(200);
    }

    /** Registers the partner unless an earlier test did. */
    public static void partnerExists(String partnerId) {
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerId", partnerId, "name", "Partner " + partnerId, "type", "government"))
                .when().post("/api/partners")
                .then().statusCode(anyOf(is(201), is(409)));
    }
}
