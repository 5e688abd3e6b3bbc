package org.itu.bdt.portfolio.projects.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Failures the framework raises before any resource runs still answer as problems of the one catalogue. */
@QuarkusTest
class FrameworkProblemsTest {

    @ParameterizedTest(name = "{0} {1} with {2} is {4} {5}")
    @CsvSource(delimiter = '|', value = {
        "GET    | /api/nothing  | application/json | {}      | 404 | not-found              | Not found",
        "DELETE | /api/projects | application/json | {}      | 405 | method-not-allowed     | Method not allowed",
        "POST   | /api/projects | text/plain       | hi      | 415 | unsupported-media-type | Unsupported media type",
        "POST   | /api/projects | application/json | '{\"pro' | 400 | malformed-json         | Malformed JSON"})
    void aFrameworkFailureIsAProblemOfTheCatalogue(String method, String path, String contentType, String body,
                                                   int status, String slug, String title) {
        given().contentType(contentType).body(body).when().request(method, path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
    }
}
