package org.itu.bdt.portfolio.funding.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.PortalCors;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.FinanceRequests.importJson;

/**
 * A body is read only if it is the size and shape the operation expects, and a browser may call only from a
 * portal's origin (docs/security.md, "Hardening").
 */
@QuarkusTest
class HardeningTest {
    private static final String TRANSACTIONS = "/api/finance/transactions";
    private static final int LARGEST_IMPORT = 10_000;

    @Test
    void aBodyWithAPropertyTheOperationDoesNotKnowIsRefusedNamingIt() {
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerId", "HARD-P1", "name", "Partner", "type", "government", "fundingShare", "40"))
                .when().post("/api/partners").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("fundingShare"));
        given().when().get("/api/partners/HARD-P1").then().statusCode(404);
    }

    @Test
    void aMisspeltFieldOfAnImportedRowIsRefusedRatherThanLeftOut() {
        importJson(TRANSACTIONS, "true", """
                [{"reference":"HARD-TX-1","agreementNumber":"7TST00008-F1","type":"3","transactionDate":"2024-01-15",
                  "currency":"EUR","amount":"100.00","amountChf":"93.14"}]""")
                .statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", contains("[0].amountChf"));
    }

    @Test
    void anImportOfTheLargestSizeTheApiAdmitsIsRead() {
        String row = """
                {"reference":"%s","agreementNumber":"7NONE0000-F1","type":"3","transactionDate":"2024-01-15",\
                "currency":"CHF","amount":"999999999999999.99","chfAmount":"999999999999999.99","description":"%s"}""";
        String batch = IntStream.range(0, LARGEST_IMPORT)
                .mapToObj(i -> row.formatted("HARD-LARGEST-%087d".formatted(i), "d".repeat(500)))
                .collect(Collectors.joining(",", "[", "]"));

        importJson(TRANSACTIONS, "true", batch)
                .statusCode(422)
                .body("totals.rejected", equalTo(LARGEST_IMPORT))
                .body("rows[0].errors.message", contains("unknown agreement 7NONE0000-F1"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() {
        String description = "x".repeat(17 * 1024 * 1024);

        importJson(TRANSACTIONS, "true", """
                [{"reference":"HARD-TX-2","agreementNumber":"7TST00008-F1","type":"3","transactionDate":"2024-01-15",
                  "currency":"CHF","amount":"100.00","description":"%s"}]""".formatted(description))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:payload-too-large"));
    }

    @Test
    void aPortalsPreflightIsAllowedWithTheHeadersTheApiUses() {
        PortalCors.portalPreflight("/api/partners/EC", "PUT", "authorization,content-type,x-request-id")
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"));
        PortalCors.portalCall("/api/partners");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        PortalCors.strangerPreflightIsRefused("/api/partners");
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsRefusedAsAProblem() throws Exception {
        byte[] body = ("{\"partnerId\":\"HARD-P2\",\"name\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(address("/api/partners"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:bdt-portfolio:problem:payload-too-large");
    }

    @Test
    void aSmallChunkedBodyIsReadAsAnyOther() throws Exception {
        byte[] body = "{\"partnerId\":\"HARD-P3\",\"name\":\"Chunked\",\"type\":\"government\"}"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(address("/api/partners"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(answer.statusCode()).isIn(201, 409);
        given().when().get("/api/partners/HARD-P3").then().statusCode(200).body("name", equalTo("Chunked"));
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsRefusedAs415() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(address("/api/partners"))
                .header("Content-Type", "application/")
                .POST(HttpRequest.BodyPublishers.ofString("{\"partnerId\":\"HARD-P4\"}")));

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("urn:bdt-portfolio:problem:unsupported-media-type");
    }

    @Test
    void aChangeWhoseAnswerTheCallerCannotAcceptIsRefusedBeforeItIsMade() {
        given().contentType(ContentType.JSON).accept("application/xml")
                .body(Map.of("partnerId", "HARD-P5", "name", "Partner", "type", "government"))
                .when().post("/api/partners").then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-acceptable"));
        given().when().get("/api/partners/HARD-P5").then().statusCode(404);
    }

    @Test
    void aNumberTooLongToWriteOutIsRefusedAsAFieldOfTheWrongForm() {
        for (String number : List.of("1e1000000", "1E+2147483647", "1e-400")) {
            given().contentType(ContentType.JSON).body("{\"chfPerUnit\":" + number + ",\"source\":\"UN\"}")
                    .when().put("/api/exchange-rates/EUR/2024-05").then()
                    .statusCode(400)
                    .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                    .body("errors.field", contains("chfPerUnit"));
            given().contentType(ContentType.JSON)
                    .body("[{\"currency\":\"EUR\",\"month\":\"2024-05\",\"chfPerUnit\":" + number + "}]")
                    .when().post("/api/exchange-rates").then()
                    .statusCode(400)
                    .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"));
        }
    }

    private static URI address(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request.header("Authorization", "Bearer " + Tokens.forRole("admin")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
