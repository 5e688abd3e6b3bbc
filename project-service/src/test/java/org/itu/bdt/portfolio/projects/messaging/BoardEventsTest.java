package org.itu.bdt.portfolio.projects.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.action;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.adopt;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.decide;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemId;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.header;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

@QuarkusTest
class BoardEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ProjectTopic topic;

    @BeforeEach
    void openTopic() {
        topic = new ProjectTopic(bootstrapServers);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void aDecisionReachesKafkaAsBoardDecisionRecordedFollowedByItsActionsKeyedByProjectNumber() throws Exception {
        BoardSteps.proposedSince("7BRD23001", "2023-01-09");
        BoardSteps.meeting("PB-2023-02", "2023-02-08");
        long item = itemId(adopt("PB-2023-02"), "NEW_PROPOSAL", "7BRD23001");
        decide("PB-2023-02", item, "APPROVED", "approved with one condition",
                List.of(action("confirm the co-financing", "a.manager", "2023-03-31"))).statusCode(201);

        ConsumerRecord<String, String> decision = topic.awaitEvent("7BRD23001", type("BoardDecisionRecorded"));
        ConsumerRecord<String, String> action = topic.awaitEvent("7BRD23001", type("BoardActionChanged"));
        topic.awaitEvent("7BRD23001", type("ProjectUpdated"));

        assertThat(decision.key()).isEqualTo("7BRD23001");
        assertThat(header(decision, "ce_subject")).isEqualTo("7BRD23001");
        assertThat(header(decision, "ce_source")).isEqualTo("/bdt/project-service");
        JsonNode data = JSON.readTree(decision.value());
        assertThat(data.get("meetingNumber").asText()).isEqualTo("PB-2023-02");
        assertThat(data.get("meetingDate").asText()).isEqualTo("2023-02-08");
        assertThat(data.get("itemId").asLong()).isEqualTo(item);
        assertThat(data.get("itemKind").asText()).isEqualTo("NEW_PROPOSAL");
        assertThat(data.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(data.get("text").asText()).isEqualTo("approved with one condition");
        assertThat(data.get("actions").get(0).get("dueOn").asText()).isEqualTo("2023-03-31");
        JsonNode changed = JSON.readTree(action.value());
        assertThat(changed.get("actionId").asLong()).isEqualTo(data.get("actions").get(0).get("actionId").asLong());
        assertThat(changed.get("status").asText()).isEqualTo("OPEN");
        assertThat(changed.get("owner").asText()).isEqualTo("a.manager");
        assertThat(changed.get("completedOn").isNull()).isTrue();
        assertThat(topic.receivedWithKey("7BRD23001")).extracting(record -> header(record, "ce_type"))
                .containsSubsequence(type("BoardDecisionRecorded"), type("BoardActionChanged"),
                        type("ProjectStatusChanged"));
    }
}
