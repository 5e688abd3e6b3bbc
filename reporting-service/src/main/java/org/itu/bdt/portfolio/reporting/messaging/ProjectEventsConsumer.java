package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.reporting.ledger.LedgerService;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.StatusChangeFact;
import org.itu.bdt.portfolio.reporting.monitoring.BoardAction;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;
import org.itu.bdt.portfolio.reporting.monitoring.OwedReport;
import org.itu.bdt.portfolio.reporting.monitoring.ReportSchedule;

import java.util.List;

/** Consumes portfolio.projects.v1. */
@ApplicationScoped
public class ProjectEventsConsumer implements EventApplier {

    private final LedgerService ledger;
    private final MonitoringFacts monitoring;
    private final ConsumedEvents consumedEvents;
    private final EventPayloads payloads;
    private final ReadModelTransactions transactions;
    private final ConsumerProgress progress;
    private final String topic;

    ProjectEventsConsumer(LedgerService ledger, MonitoringFacts monitoring, ConsumedEvents consumedEvents,
                          EventPayloads payloads,
                          ReadModelTransactions transactions, ConsumerProgress progress,
                          @ConfigProperty(name = "mp.messaging.incoming.projects.topic") String topic) {
        this.ledger = ledger;
        this.consumedEvents = consumedEvents;
        this.monitoring = monitoring;
        this.payloads = payloads;
        this.transactions = transactions;
        this.progress = progress;
        this.topic = topic;
    }

    @Incoming("projects")
    @Blocking
    public void consume(String payload, IncomingKafkaRecordMetadata<String, String> metadata) {
        EventEnvelope event = EventEnvelope.of(metadata.getHeaders());
        apply(event, payload);
        progress.applied(metadata, event);
    }

    @Override
    public void apply(EventEnvelope event, String payload) {
        switch (event.type()) {
            case "ProjectRegistered", "ProjectUpdated" -> {
                ProjectSnapshot data = payloads.read(payload, ProjectSnapshot.class);
                transactions.runUntilCommitted(() -> {
                    ProjectFact revision = data.toFact();
                    ledger.apply(event.id(), revision.projectNumber, facts -> facts.with(revision));
                });
            }
            case "ProjectStatusChanged" -> {
                ProjectStatusChanged data = payloads.read(payload, ProjectStatusChanged.class);
                transactions.runUntilCommitted(() -> {
                    StatusChangeFact change = data.toFact();
                    ledger.apply(event.id(), change.projectNumber, facts -> facts.with(change));
                });
            }
            case "PartnerReportDue", "PartnerReportOverdue" -> {
                OwedReport report = payloads.read(payload, PartnerReportDeadline.class).toFact();
                record(event, report.projectNumber(), () -> monitoring.save(report));
            }
            case "PartnerReportSubmitted" -> {
                OwedReport.Submission submission = payloads.read(payload, PartnerReportSubmitted.class).toFact();
                record(event, submission.report().projectNumber(), () -> monitoring.save(submission));
            }
            case "PartnerReportScheduled" -> {
                ReportSchedule schedule = payloads.read(payload, PartnerReportScheduled.class).toFact();
                record(event, schedule.projectNumber(), () -> monitoring.save(schedule));
            }
            case "BoardDecisionRecorded" -> {
                BoardDecisionRecorded decision = payloads.read(payload, BoardDecisionRecorded.class);
                List<BoardAction> actions = decision.toFacts();
                record(event, EventPayloads.required(decision.projectNumber(), "projectNumber"),
                        () -> actions.forEach(monitoring::save));
            }
            case "BoardActionChanged" -> {
                BoardAction action = payloads.read(payload, BoardActionChanged.class).toFact(null);
                record(event, action.projectNumber(), () -> monitoring.save(action));
            }
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> transactions.runUntilCommitted(() -> consumedEvents.firstDelivery(event.id()));
        }
    }

    private void record(EventEnvelope event, String projectNumber, Runnable store) {
        transactions.runUntilCommitted(() -> ledger.record(event.id(), projectNumber, store));
    }

    @Override
    public String topic() {
        return topic;
    }
}
