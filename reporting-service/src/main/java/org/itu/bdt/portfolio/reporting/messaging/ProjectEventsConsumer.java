package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.reporting.ledger.ReadModelChange;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.StatusChangeFact;
import org.itu.bdt.portfolio.reporting.monitoring.BoardAction;
import org.itu.bdt.portfolio.reporting.monitoring.MonitoringFacts;
import org.itu.bdt.portfolio.reporting.monitoring.OwedReport;
import org.itu.bdt.portfolio.reporting.monitoring.ReportSchedule;

import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.BOARD_ACTION_CHANGED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.BOARD_DECISION_RECORDED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_DUE;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_OVERDUE;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_SCHEDULED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PARTNER_REPORT_SUBMITTED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_REGISTERED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_STATUS_CHANGED;
import static org.itu.bdt.portfolio.reporting.messaging.EventTypeNames.PROJECT_UPDATED;

/** Consumes portfolio.projects.v1, a poll at a time. */
@ApplicationScoped
public class ProjectEventsConsumer implements EventApplier {

    private final MonitoringFacts monitoring;
    private final EventPayloads payloads;
    private final ReadModelBatches batches;
    private final String topic;

    ProjectEventsConsumer(MonitoringFacts monitoring, EventPayloads payloads, ReadModelBatches batches,
                          @ConfigProperty(name = "mp.messaging.incoming.projects.topic") String topic) {
        this.monitoring = monitoring;
        this.payloads = payloads;
        this.batches = batches;
        this.topic = topic;
    }

    @Incoming("projects")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, this);
    }

    @Override
    public ReadModelChange changeOf(IncomingEvent event) {
        return switch (event.type()) {
            case PROJECT_REGISTERED, PROJECT_UPDATED -> {
                ProjectFact revision = payloads.read(event.data(), ProjectSnapshot.class).toFact();
                yield new ReadModelChange.ToProject(event.id(), revision.projectNumber, facts -> facts.with(revision));
            }
            case PROJECT_STATUS_CHANGED -> {
                StatusChangeFact change = payloads.read(event.data(), ProjectStatusChanged.class).toFact();
                yield new ReadModelChange.ToProject(event.id(), change.projectNumber, facts -> facts.with(change));
            }
            case PARTNER_REPORT_DUE, PARTNER_REPORT_OVERDUE -> {
                OwedReport report = payloads.read(event.data(), PartnerReportDeadline.class).toFact();
                yield new ReadModelChange.Monitoring(event.id(), report.projectNumber(), () -> monitoring.save(report));
            }
            case PARTNER_REPORT_SUBMITTED -> {
                OwedReport.Submission submission = payloads.read(event.data(), PartnerReportSubmitted.class).toFact();
                yield new ReadModelChange.Monitoring(event.id(), submission.report().projectNumber(),
                        () -> monitoring.save(submission));
            }
            case PARTNER_REPORT_SCHEDULED -> {
                ReportSchedule schedule = payloads.read(event.data(), PartnerReportScheduled.class).toFact();
                yield new ReadModelChange.Monitoring(event.id(), schedule.projectNumber(),
                        () -> monitoring.save(schedule));
            }
            case BOARD_DECISION_RECORDED -> {
                BoardDecisionRecorded decision = payloads.read(event.data(), BoardDecisionRecorded.class);
                List<BoardAction> actions = decision.toFacts();
                yield new ReadModelChange.Monitoring(event.id(),
                        EventPayloads.required(decision.projectNumber(), "projectNumber"),
                        () -> actions.forEach(monitoring::save));
            }
            case BOARD_ACTION_CHANGED -> {
                BoardAction action = payloads.read(event.data(), BoardActionChanged.class).toFact(null);
                yield new ReadModelChange.Monitoring(event.id(), action.projectNumber(), () -> monitoring.save(action));
            }
            // An event type this version does not know: recorded, so that a replay skips it too, and otherwise ignored.
            default -> new ReadModelChange.Ignored(event.id());
        };
    }

    @Override
    public String topic() {
        return topic;
    }
}
