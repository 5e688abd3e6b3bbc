package org.itu.bdt.portfolio.reporting.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Failures the framework raises leave as problem details from the shared catalogue too. No operation of the service
 * reads a request body, so 415 and malformed JSON cannot occur here.
 */
@QuarkusTest
class ProblemDetailsTest {

    @ParameterizedTest(name = "{0} {1} (Accept {2}) is {3} {4}")
    @CsvSource({
            "GET,    /api/reports/no-such-report,     application/json, 404, not-found,          Not found",
            "DELETE, /api/reports/portfolio-by-region, application/json, 405, method-not-allowed, Method not allowed",
            "GET,    /api/reports/portfolio-by-region, image/png,        406, not-acceptable,     Not acceptable",
            "GET,    /api/reports/quarterly/2024-Q5,   application/json, 400, validation-failed,  Validation failed"})
    void aFrameworkOrParameterFailureIsAProblemOfTheCatalogue(String method, String path, String accept, int status,
                                                              String slug, String title) {
        given().accept(accept).request(method, path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
    }
}
