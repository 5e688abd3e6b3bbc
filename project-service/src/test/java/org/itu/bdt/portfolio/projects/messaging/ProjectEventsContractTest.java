package org.itu.bdt.portfolio.projects.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.contract.EventContract;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportScheduler;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.action;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.adopt;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.decide;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemId;
import static org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions.submit;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.header;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

/**
 * The producer side of docs/asyncapi.yaml: the API is driven until project-service has published every event type
 * the document lists for portfolio.projects.v1, and every record read back from the topic conforms to its message
 * (headers, key, payload). A field added or renamed on one side only, or a type published but not documented (or
 * documented but never published), fails here.
 */
@QuarkusTest
class ProjectEventsContractTest {

    private static final String TOPIC = "portfolio.projects.v1";
    private static final String BOARD_PROJECT = "7CTR17001";
    private static final String REPORTED_PROJECT = "7CTR24002";

    @Inject
    PartnerReportSteps partnerReports;
    @Inject
    PartnerReportScheduler scheduler;
    @Inject
    MovableClock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyEventTypeTheServicePublishesConformsToTheDocument() {
        EventContract contract = EventContract.load();
        boardDecisionWithAnActionCompletedAndTheProjectUpdated();
        partnerReportScheduledDueOverdueSubmittedSentAndAcknowledged();

        List<ConsumerRecord<String, String>> published = new ArrayList<>();
        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            for (String name : List.of("ProjectRegistered", "ProjectUpdated", "ProjectStatusChanged",
                    "BoardDecisionRecorded", "BoardActionChanged")) {
                topic.awaitEvent(BOARD_PROJECT, type(name));
            }
            for (String name : List.of("PartnerReportScheduled", "PartnerReportDue", "PartnerReportOverdue",
                    "PartnerReportSubmitted", "PartnerReportSent", "PartnerReportAcknowledged")) {
                topic.awaitEvent(REPORTED_PROJECT, type(name));
            }
            published.addAll(topic.receivedWithKey(BOARD_PROJECT));
            published.addAll(topic.receivedWithKey(REPORTED_PROJECT));
        }

        assertThat(published).extracting(record -> header(record, "ce_type")).as("the types published")
                .containsAll(contract.types(TOPIC));
        assertThat(contract.types(TOPIC)).as("the types the document lists")
                .containsAll(published.stream().map(record -> header(record, "ce_type")).distinct().toList());
        published.forEach(contract::assertConforms);
    }

    /** ProjectRegistered, ProjectStatusChanged, BoardDecisionRecorded, BoardActionChanged (twice), ProjectUpdated. */
    private void boardDecisionWithAnActionCompletedAndTheProjectUpdated() {
        BoardSteps.proposedSince(BOARD_PROJECT, "2017-01-09");
        BoardSteps.meeting("PB-2017-04", "2017-04-10");
        long item = itemId(adopt("PB-2017-04"), "NEW_PROPOSAL", BOARD_PROJECT);
        long actionId = decide("PB-2017-04", item, "APPROVED", "approved", List.of(
                action("confirm the co-financing", "a.manager", "2017-05-31"))).statusCode(201)
                .extract().jsonPath().getLong("actions[0].actionId");
        given().contentType(ContentType.JSON).body(Map.of("note", "confirmed by letter"))
                .when().post("/api/board/actions/" + actionId + "/completion").then().statusCode(200);
    }

    /** An agreement with a partner, its first report due, overdue, submitted, sent and acknowledged by the partner. */
    private void partnerReportScheduledDueOverdueSubmittedSentAndAcknowledged() {
        clock.setToday(LocalDate.parse("2025-01-10"));
        partnerReports.partnerAgreement(REPORTED_PROJECT, "EC", LocalDate.parse("2024-08-31"));
        runOn("2025-02-28");
        runOn("2025-03-01");
        String report = REPORTED_PROJECT + "-01-R1";
        submit(report, "2024-08-31", "2025-02-27").statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("sentOn", "2025-03-01"))
                .when().post("/api/partner-reports/" + report + "/sent").then().statusCode(200);
        given().header(Tokens.asPartner("EC"))
                .when().post("/api/partner-reports/" + report + "/acknowledgement").then().statusCode(200);
    }

    private void runOn(String day) {
        clock.setToday(LocalDate.parse(day));
        scheduler.run();
    }
}
