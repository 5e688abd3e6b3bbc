package org.itu.bdt.portfolio.kit.problem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.messaging.KitApplicationProfile;
import org.itu.bdt.portfolio.kit.messaging.KitDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The kit's mapper in a running application: every failure leaves as a problem of the catalogue. */
@QuarkusTest
@TestProfile(KitApplicationProfile.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = "portfolio.kit.v1:3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class ProblemMapperTest {

    private static final String PATH = "/kit-test/failures/";

    @ParameterizedTest(name = "{0} answers {1} {2}")
    @CsvSource({
            "short-of-funds, 409, conflict, Conflict",
            "unknown-partner, 422, unprocessable, Unprocessable request",
            "taken, 409, conflict, Conflict",
            "changed, 409, conflict, Conflict",
            "defect, 500, internal-error, Internal error",
            "nowhere, 404, not-found, Not found"})
    void aFailureLeavesAsTheCataloguesProblem(String failure, int status, String slug, String title) {
        given().get(PATH + failure).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(PATH + failure));
    }

    /** issue 12: during a database outage a signing answered 500, leaving its client unsure whether it was stored. */
    @ParameterizedTest(name = "{0} answers 503 with Retry-After")
    @CsvSource({"database-refuses", "database-ended-session"})
    void aDatabaseOutageIsAServiceUnavailableToRetry(String failure) {
        given().get(PATH + failure).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:bdt-portfolio:problem:dependency-unavailable"))
                .body("detail", containsString("nothing was changed"));
    }

    @Test
    void anotherJdbcFailureStaysADefect() {
        given().get(PATH + "bad-statement").then().statusCode(500)
                .body("type", equalTo("urn:bdt-portfolio:problem:internal-error"));
    }

    @Test
    void aProblemCarriesItsExtensionsAndFieldErrors() {
        given().get(PATH + "short-of-funds").then()
                .body("balance", equalTo("120.00")).body("requested", equalTo("500.00"));
        given().get(PATH + "unknown-partner").then()
                .body("errors[0].field", equalTo("partnerId")).body("errors[0].message", equalTo("is not registered"));
    }

    @Test
    void aDefectSaysNothingOfItself() {
        given().get(PATH + "defect").then().body("detail", not(containsString("a defect")));
    }

    @Test
    void aStatusOutsideTheCatalogueKeepsItsCode() {
        given().get(PATH + "gone").then()
                .statusCode(410)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Gone"))
                .body("status", equalTo(410));
    }

    @Test
    void aWrongMethodAndAnUnreadableTypeAreProblemsToo() {
        given().delete(PATH + "orders").then().statusCode(405)
                .body("type", equalTo("urn:bdt-portfolio:problem:method-not-allowed"));
        given().contentType(ContentType.TEXT).body("x").post(PATH + "orders").then().statusCode(415)
                .body("type", equalTo("urn:bdt-portfolio:problem:unsupported-media-type"));
    }

    @Test
    void everyInvalidFieldIsNamedByItsJsonPath() {
        given().contentType(ContentType.JSON).body("{\"partner\":\" \",\"amount\":-1}").post(PATH + "orders").then()
                .statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("detail", equalTo("2 fields are invalid"))
                .body("errors.field", contains("amount", "partner"));
    }

    @Test
    void aWrongValueOrBrokenJsonIsNamed() {
        given().contentType(ContentType.JSON).body("{\"partner\":\"EC\",\"amount\":1,\"colour\":\"BLUE\"}")
                .post(PATH + "orders").then()
                .statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of RED, GREEN"));
        given().contentType(ContentType.JSON).body("{\"partner\":\"EC\",\"amount\":\"many\"}")
                .post(PATH + "orders").then()
                .statusCode(400).body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body("{\"partner\":").post(PATH + "orders").then()
                .statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"));
    }

    /** PostgreSQL cannot store a NUL in text: refused as the field's wrong form, not failed in the database. */
    @Test
    void aNulCharacterInATextFieldIsAFieldOfTheWrongForm() {
        given().contentType(ContentType.JSON).body("{\"partner\":\"E\\u0000C\",\"amount\":1}")
                .post(PATH + "orders").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("partner"))
                .body("errors[0].message", equalTo("must be text without NUL characters"));
    }

    /** A far date would be stored and then block or overflow what reads it; the range is documented in api.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"+99999-03-05", "1899-12-31", "-0001-01-01", "+10000-01-01"})
    void aDateOutsideTheYears1900To9999IsAFieldOfTheWrongForm(String date) {
        given().contentType(ContentType.JSON).body("{\"partner\":\"EC\",\"amount\":1,\"due\":\"" + date + "\"}")
                .post(PATH + "orders").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("due"))
                .body("errors[0].message", equalTo("must be an ISO date (YYYY-MM-DD) from 1900-01-01 to 9999-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1900-01-01", "9999-12-31"})
    void theFirstAndLastDayOfTheRangeAreTaken(String date) {
        given().contentType(ContentType.JSON).body("{\"partner\":\"EC\",\"amount\":1,\"due\":\"" + date + "\"}")
                .post(PATH + "orders").then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"taken%00", "taken?partner=E%00C", "%00/taken"})
    void aNulCharacterInTheAddressIsRefusedBeforeAnyResourceReadsIt(String address) {
        given().urlEncodingEnabled(false).get(PATH + address).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("detail", equalTo("the address contains a NUL character (%00)"));
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        given().contentType(ContentType.JSON).body("{\"partner\":\"EC\",\"amount\":1,\"amonut\":2}")
                .post(PATH + "orders").then()
                .statusCode(400)
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("amonut"))
                .body("errors[0].message", equalTo("is not a property of this request"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        given().contentType(ContentType.JSON).body("{\"partner\":\"" + "E".repeat(80_000) + "\",\"amount\":1}")
                .post(PATH + "orders").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:payload-too-large"));
    }
}
