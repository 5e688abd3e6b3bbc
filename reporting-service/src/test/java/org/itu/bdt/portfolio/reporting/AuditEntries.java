package org.itu.bdt.portfolio.reporting;

import io.restassured.path.json.JsonPath;
import org.itu.bdt.portfolio.kit.testing.Tokens;

import java.util.List;

import static io.restassured.RestAssured.given;

/** The audit trail of one thing as finance reads it through GET /api/audit: its entries, newest first. */
public final class AuditEntries {

    private AuditEntries() {
    }

    public static JsonPath of(String entity, String id) {
        return given().header(Tokens.asRole("finance")).queryParam("entity", entity).queryParam("id", id)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
    }

    public static List<Object> listOf(String entity, String id) {
        return of(entity, id).getList("$");
    }
}
