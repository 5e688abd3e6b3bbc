package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.projects.support.DatabaseRows;
import org.itu.bdt.portfolio.projects.support.DatabaseRows.OutboxRow;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.itu.bdt.portfolio.projects.support.PartnerReportSubmissions;
import org.itu.bdt.portfolio.projects.support.ProjectTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.projects.support.ProjectTopic.type;

/** The scheduler announces each deadline once: PartnerReportDue on the due date, PartnerReportOverdue the day after. */
@QuarkusTest
class PartnerReportDeadlinesTest {

    @Inject
    PartnerReportSteps steps;
    @Inject
    PartnerReportScheduler scheduler;
    @Inject
    DatabaseRows rows;
    @Inject
    MovableClock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReportIsAnnouncedDueOnItsDueDateAndOverdueTheDayAfterEachOnlyOnce() {
        signedOn31August("7EUR26401");

        runOn("2025-02-27");
        assertThat(announced("7EUR26401")).isEmpty();
        runOn("2025-02-28");
        runOn("2025-02-28");
        assertThat(announced("7EUR26401")).containsExactly(type("PartnerReportDue"));
        runOn("2025-03-01");
        runOn("2025-03-01");
        assertThat(announced("7EUR26401")).containsExactly(type("PartnerReportDue"), type("PartnerReportOverdue"));

        try (ProjectTopic topic = new ProjectTopic(bootstrapServers)) {
            ConsumerRecord<String, String> overdue = topic.awaitEvent("7EUR26401", type("PartnerReportOverdue"));
            assertThat(ProjectTopic.header(overdue, "ce_subject")).isEqualTo("7EUR26401");
            assertThat(overdue.value()).contains("\"reportId\":\"7EUR26401-01-R1\"", "\"partnerId\":\"EC\"",
                    "\"dueOn\":\"2025-02-28\"", "\"overdueSince\":\"2025-03-01\"", "\"finalReport\":false");
        }
    }

    @Test
    void aRunAfterDowntimeCatchesUpOnMissedDatesInOrderAndARestartAnnouncesNothingAgain() {
        signedOn31August("7EUR26402");

        runOn("2025-03-20");
        runOn("2025-03-21");

        assertThat(announced("7EUR26402")).containsExactly(type("PartnerReportDue"), type("PartnerReportOverdue"));
    }

    @Test
    void twoInstancesCheckingAtOnceAnnounceEachDeadlineOnce() {
        signedOn31August("7EUR26403");
        clock.setToday(LocalDate.parse("2025-09-05"));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(scheduler::run);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(scheduler::run);
        CompletableFuture.allOf(first, second).join();

        assertThat(rows.outboxEventsOf("7EUR26403", type("PartnerReportDue"))).hasSize(2);
        assertThat(rows.outboxEventsOf("7EUR26403", type("PartnerReportOverdue"))).hasSize(2);
    }

    @Test
    void aReportSubmittedBeforeItsDueDateIsNeverAnnounced() {
        signedOn31August("7EUR26404");
        clock.setToday(LocalDate.parse("2025-02-20"));
        PartnerReportSubmissions.submit("7EUR26404-01-R1", "2024-08-31", "2025-02-19").statusCode(200);

        runOn("2025-03-05");

        assertThat(announced("7EUR26404")).containsExactly(type("PartnerReportSubmitted"));
    }

    private void signedOn31August(String projectNumber) {
        clock.setToday(LocalDate.parse("2025-01-10"));
        steps.partnerAgreement(projectNumber, "EC", LocalDate.parse("2024-08-31"));
    }

    private void runOn(String day) {
        clock.setToday(LocalDate.parse(day));
        scheduler.run();
    }

    /** The announcements of one report's steps; the schedule's own announcements are another test's. */
    private List<String> announced(String projectNumber) {
        return rows.outboxEventsOf(projectNumber).stream().map(OutboxRow::eventType)
                .filter(type -> type.startsWith(type("PartnerReport")) && !type.equals(type("PartnerReportScheduled")))
                .toList();
    }
}
