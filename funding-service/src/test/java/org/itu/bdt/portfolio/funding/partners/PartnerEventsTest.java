package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;

@QuarkusTest
class PartnerEventsTest {

    @Test
    void registeringAPartnerPublishesPartnerRegisteredKeyedByItsId() {
        try (FundingTopic topic = FundingTopic.tail()) {
            register("CZ-EVENTS", "Czech Republic");

            ConsumerRecord<String, String> event =
                    topic.awaitRecord(about("CZ-EVENTS", "int.itu.bdt.portfolio.PartnerRegistered"));
            assertThat(event.key()).isEqualTo("CZ-EVENTS");
            assertThat(header(event, "ce_subject")).isEqualTo("CZ-EVENTS");
            assertThat(header(event, "ce_source")).isEqualTo("/bdt/funding-service");
            assertThat(event.value()).isEqualTo("{\"partnerId\":\"CZ-EVENTS\",\"name\":\"Czech Republic\","
                    + "\"type\":\"government\",\"country\":\"CZ\",\"revision\":1}");
        }
    }

    @Test
    void changingAPartnerPublishesPartnerUpdatedWithTheNextRevisionAndTheSameChangeAgainPublishesNothing() {
        register("ME-EVENTS", "Montenegro");
        try (FundingTopic topic = FundingTopic.tail()) {
            change("ME-EVENTS", "Government of Montenegro").statusCode(200)
                    .body("name", equalTo("Government of Montenegro"));
            change("ME-EVENTS", "Government of Montenegro").statusCode(200);
            change("ME-EVENTS", "Government of Montenegro, Ministry of Public Administration").statusCode(200);

            List<ConsumerRecord<String, String>> updates =
                    topic.awaitRecords(2, about("ME-EVENTS", "int.itu.bdt.portfolio.PartnerUpdated"));
            assertThat(updates).extracting(ConsumerRecord::value).containsExactly(
                    "{\"partnerId\":\"ME-EVENTS\",\"name\":\"Government of Montenegro\",\"type\":\"government\","
                            + "\"country\":\"ME\",\"revision\":2}",
                    "{\"partnerId\":\"ME-EVENTS\",\"name\":\"Government of Montenegro, Ministry of Public "
                            + "Administration\",\"type\":\"government\",\"country\":\"ME\",\"revision\":3}");
        }
        given().get("/api/partners/ME-EVENTS").then().body("name",
                equalTo("Government of Montenegro, Ministry of Public Administration"));
    }

    @Test
    void changingAnUnknownPartnerIsNotFound() {
        change("NOBODY", "Nobody").statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
    }

    @Test
    void aChangeWithABlankNameIsRejectedAndChangesNothing() {
        register("GIZ-TEST", "GIZ");

        given().contentType(ContentType.JSON).body("""
                        {"name":" ","type":"government"}""")
                .when().put("/api/partners/GIZ-TEST")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));

        given().get("/api/partners/GIZ-TEST").then().body("name", equalTo("GIZ"));
    }

    private static void register(String partnerId, String name) {
        given().contentType(ContentType.JSON)
                .body("{\"partnerId\":\"%s\",\"name\":\"%s\",\"type\":\"government\",\"country\":\"%s\"}"
                        .formatted(partnerId, name, partnerId.substring(0, 2)))
                .when().post("/api/partners")
                .then().statusCode(201);
    }

    private static ValidatableResponse change(String partnerId, String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"type\":\"government\",\"country\":\"ME\"}".formatted(name))
                .when().put("/api/partners/" + partnerId)
                .then();
    }

    private static Predicate<ConsumerRecord<String, String>> about(String partnerId, String type) {
        return record -> type.equals(header(record, "ce_type")) && partnerId.equals(record.key());
    }
}
