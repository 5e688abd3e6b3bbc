package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnerRegistrationTest {
    @Inject
    DataSource dataSource;

    @Test
    void registeringAPartnerReturnsItWithItsLocation() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"partnerId":"KR-MSIT","name":"Korea MSIT","type":"government","country":"KR"}""")
                .when().post("/api/partners")
                .then().statusCode(201)
                .header("Location", endsWith("/api/partners/KR-MSIT"))
                .contentType(ContentType.JSON)
                .body("partnerId", equalTo("KR-MSIT"))
                .body("name", equalTo("Korea MSIT"))
                .body("type", equalTo("government"))
                .body("country", equalTo("KR"));

        given().when().get("/api/partners/KR-MSIT")
                .then().statusCode(200)
                .body("partnerId", equalTo("KR-MSIT"))
                .body("type", equalTo("government"));
    }

    @Test
    void aPartnerWithoutCountryKeepsItAbsentAndEveryTypeLabelIsAccepted() {
        List<String> labels = List.of("government", "intergovernmental", "private-sector", "un-agency", "academia",
                "foundation");
        for (int i = 0; i < labels.size(); i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("partnerId", "TYPE-" + i, "name", "Partner " + i, "type", labels.get(i)))
                    .when().post("/api/partners")
                    .then().statusCode(201)
                    .body("type", equalTo(labels.get(i)))
                    .body("country", nullValue());
        }
    }

    @Test
    void partnersAreListedInIdOrder() {
        register("ZZ-LAST", "Last");
        register("AA-FIRST", "First");

        List<String> ids = given().when().get("/api/partners")
                .then().statusCode(200)
                .extract().jsonPath().getList("partnerId");

        assertThat(ids).contains("AA-FIRST", "ZZ-LAST").isSorted();
    }

    @Test
    void registeringAnExistingPartnerIdConflictsAndChangesNothing() {
        register("WMO", "World Meteorological Organization");
        Tables.Counts before = tables().counts();

        given().contentType(ContentType.JSON)
                .body("""
                        {"partnerId":"WMO","name":"Another","type":"foundation"}""")
                .when().post("/api/partners")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:conflict"))
                .body("status", equalTo(409))
                .body("instance", equalTo("/api/partners"));

        assertThat(tables().counts()).isEqualTo(before);
        given().when().get("/api/partners/WMO").then().body("name", equalTo("World Meteorological Organization"));
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        given().when().get("/api/partners/NOBODY")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("no partner NOBODY"))
                .body("instance", equalTo("/api/partners/NOBODY"))
                .body("errors", nullValue());
    }

    static Stream<Arguments> refusedPartners() {
        String types = "must be one of government, intergovernmental, private-sector, un-agency, academia, foundation";
        String country = "must be an ISO 3166-1 alpha-2 country code";
        return Stream.of(
                Arguments.of("a missing partner id", "{\"name\":\"No id\",\"type\":\"government\"}",
                        "partnerId", "must not be null"),
                Arguments.of("a lower-case partner id",
                        "{\"partnerId\":\"jp-mic\",\"name\":\"Japan\",\"type\":\"government\"}",
                        "partnerId", "must match \"^[A-Z0-9][A-Z0-9-]{1,31}$\""),
                Arguments.of("a blank name", "{\"partnerId\":\"BLANK\",\"name\":\"  \",\"type\":\"government\"}",
                        "name", "must not be blank"),
                Arguments.of("a name longer than 200 characters",
                        "{\"partnerId\":\"LONG\",\"name\":\"%s\",\"type\":\"government\"}"
                                .formatted("n".repeat(201)), "name", "size must be between 0 and 200"),
                Arguments.of("an unknown type", "{\"partnerId\":\"NGO\",\"name\":\"NGO\",\"type\":\"ngo\"}",
                        "type", types),
                Arguments.of("a type by its Java name",
                        "{\"partnerId\":\"GOV\",\"name\":\"Gov\",\"type\":\"GOVERNMENT\"}", "type", types),
                Arguments.of("an unknown country",
                        "{\"partnerId\":\"NOWHERE\",\"name\":\"Nowhere\",\"type\":\"government\",\"country\":\"XX\"}",
                        "country", country),
                Arguments.of("a lower-case country",
                        "{\"partnerId\":\"SWISS\",\"name\":\"Swiss\",\"type\":\"government\",\"country\":\"ch\"}",
                        "country", country));
    }

    @ParameterizedTest(name = "{0} is rejected naming the field")
    @MethodSource("refusedPartners")
    void aPartnerBreakingAFieldRuleIsRejected(String refusal, String body, String field, String message) {
        assertRejected(body, field, message);
    }

    @Test
    void malformedJsonIsRejectedAsSuch() {
        Tables.Counts before = tables().counts();

        given().contentType(ContentType.JSON)
                .body("{\"partnerId\":\"BROKEN\",\"name\": oops}")
                .when().post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:malformed-json"))
                .body("title", equalTo("Malformed JSON"))
                // the kit's mapper names the unreadable token in the detail, no longer the field before it
                .body("detail", containsString("oops"));

        assertThat(tables().counts()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsRejected() {
        given().contentType(ContentType.JSON)
                .when().post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("body"));
    }

    private void assertRejected(String body, String field, String message) {
        Tables.Counts before = tables().counts();

        given().contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/partners"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));

        assertThat(tables().counts()).isEqualTo(before);
    }

    private static void register(String partnerId, String name) {
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerId", partnerId, "name", name, "type", "intergovernmental"))
                .when().post("/api/partners")
                .then().statusCode(201);
    }

    private Tables tables() {
        return new Tables(dataSource);
    }
}
