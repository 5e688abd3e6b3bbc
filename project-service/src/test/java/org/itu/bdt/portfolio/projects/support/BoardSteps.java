package org.itu.bdt.portfolio.projects.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Brings business before the Project Board through its API: projects as they stood, meetings, requests, agendas. */
public final class BoardSteps {

    private BoardSteps() {
    }

    /** A project PROPOSED since a date, imported as it stood so that past meetings can decide on it. */
    public static void proposedSince(String projectNumber, String since) {
        Map<String, Object> body = ProjectJson.with(ProjectJson.without(ProjectJson.project(projectNumber, "EUROPE",
                "PROPOSED"), "signedOn"), "statusSince", since);
        given().contentType(ContentType.JSON).body(body).when().post("/api/projects").then().statusCode(201);
    }

    /** An ONGOING project signed on a date and ending on another. */
    public static void ongoing(String projectNumber, String signedOn, String endDate) {
        Map<String, Object> body = ProjectJson.with(ProjectJson.with(ProjectJson.project(projectNumber, "EUROPE",
                "ONGOING"), "signedOn", signedOn), "endDate", endDate);
        given().contentType(ContentType.JSON).body(ProjectJson.with(body, "startDate", signedOn))
                .when().post("/api/projects").then().statusCode(201);
    }

    public static void meeting(String meetingNumber, String date) {
        given().contentType(ContentType.JSON)
                .body(Map.of("meetingNumber", meetingNumber, "meetingDate", date, "attendees", List.of("BDT Director")))
                .when().post("/api/board/meetings").then().statusCode(201);
    }

    public static ValidatableResponse request(String kind, String projectNumber, String summary) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "projectNumber", projectNumber, "summary", summary,
                        "requestedBy", "a.manager"))
                .when().post("/api/board/requests").then();
    }

    public static JsonPath agenda(String meetingNumber) {
        return given().when().get("/api/board/meetings/" + meetingNumber + "/agenda").then().statusCode(200)
                .extract().jsonPath();
    }

    public static JsonPath adopt(String meetingNumber) {
        return given().when().post("/api/board/meetings/" + meetingNumber + "/agenda").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The id of a project's item of this kind on an adopted agenda. */
    public static long itemId(JsonPath agenda, String kind, String projectNumber) {
        return agenda.getLong("items.find { it.kind == '%s' && it.projectNumber == '%s' }.itemId"
                .formatted(kind, projectNumber));
    }

    /** The items of an agenda that concern projects whose number starts so, as "KIND projectNumber". */
    public static List<String> itemsOf(JsonPath agenda, String projectPrefix) {
        return agenda.<Map<String, Object>>getList("items").stream()
                .filter(item -> item.get("projectNumber").toString().startsWith(projectPrefix))
                .map(item -> item.get("kind") + " " + item.get("projectNumber"))
                .toList();
    }

    public static ValidatableResponse decide(String meetingNumber, long itemId, String outcome, String text,
                                             List<Map<String, Object>> actions) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("itemId", itemId, "outcome", outcome, "text", text, "actions", actions))
                .when().post("/api/board/meetings/" + meetingNumber + "/decisions").then();
    }

    public static Map<String, Object> action(String description, String owner, String dueOn) {
        return Map.of("description", description, "owner", owner, "dueOn", dueOn);
    }
}
