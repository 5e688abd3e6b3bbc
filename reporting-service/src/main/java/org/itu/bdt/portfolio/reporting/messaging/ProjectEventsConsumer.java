package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.reporting.ledger.LedgerService;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.StatusChangeFact;
import org.itu.bdt.portfolio.reporting.monitoring.BoardAction;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;
import org.itu.bdt.portfolio.reporting.monitoring.OwedReport;
import org.itu.bdt.portfolio.reporting.monitoring.ReportSchedule;

import java.util.List;

import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.BOARD_ACTION_CHANGED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.BOARD_DECISION_RECORDED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_DUE;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_OVERDUE;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_SCHEDULED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_SUBMITTED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_REGISTERED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_STATUS_CHANGED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_UPDATED;

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
        IncomingEvent event = IncomingEvent.of(metadata.getHeaders(), payload);
        apply(event);
        progress.applied(metadata, event);
    }

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case PROJECT_REGISTERED, PROJECT_UPDATED -> {
                ProjectSnapshot data = payloads.read(event.data(), ProjectSnapshot.class);
                transactions.runUntilCommitted(() -> {
                    ProjectFact revision = data.toFact();
                    ledger.apply(event.id(), revision.projectNumber, facts -> facts.with(revision));
                });
            }
            case PROJECT_STATUS_CHANGED -> {
                ProjectStatusChanged data = payloads.read(event.data(), ProjectStatusChanged.class);
                transactions.runUntilCommitted(() -> {
                    StatusChangeFact change = data.toFact();
                    ledger.apply(event.id(), change.projectNumber, facts -> facts.with(change));
                });
            }
            case PARTNER_REPORT_DUE, PARTNER_REPORT_OVERDUE -> {
                OwedReport report = payloads.read(event.data(), PartnerReportDeadline.class).toFact();
                record(event, report.projectNumber(), () -> monitoring.save(report));
            }
            case PARTNER_REPORT_SUBMITTED -> {
                OwedReport.Submission submission = payloads.read(event.data(), PartnerReportSubmitted.class).toFact();
                record(event, submission.report().projectNumber(), () -> monitoring.save(submission));
            }
            case PARTNER_REPORT_SCHEDULED -> {
                ReportSchedule schedule = payloads.read(event.data(), PartnerReportScheduled.class).toFact();
                record(event, schedule.projectNumber(), () -> monitoring.save(schedule));
            }
            case BOARD_DECISION_RECORDED -> {
                BoardDecisionRecorded decision = payloads.read(event.data(), BoardDecisionRecorded.class);
                List<BoardAction> actions = decision.toFacts();
                record(event, EventPayloads.required(decision.projectNumber(), "projectNumber"),
                        () -> actions.forEach(monitoring::save));
            }
            case BOARD_ACTION_CHANGED -> {
                BoardAction action = payloads.read(event.data(), BoardActionChanged.class).toFact(null);
                record(event, action.projectNumber(), () -> monitoring.save(action));
            }
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> transactions.runUntilCommitted(() -> consumedEvents.firstDelivery(event.id()));
        }
    }

    private void record(IncomingEvent event, String projectNumber, Runnable store) {
        transactions.runUntilCommitted(() -> ledger.record(event.id(), projectNumber, store));
    }

    @Override
    public String topic() {
        return topic;
    }
}
