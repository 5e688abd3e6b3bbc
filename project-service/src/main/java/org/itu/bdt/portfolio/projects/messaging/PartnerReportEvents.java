package org.itu.bdt.portfolio.projects.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.messaging.Outbox;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReport;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportMilestone;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportScheduleChanged;
import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportTerms;

/** Records partner-report events in the outbox, keyed by project number, in the transaction that reached the step. */
@ApplicationScoped
public class PartnerReportEvents {

    private final Outbox outbox;
    private final PartnerReportTerms terms;
    private final String topic;

    PartnerReportEvents(Outbox outbox, PartnerReportTerms terms,
                        @ConfigProperty(name = "portfolio.projects.topic") String topic) {
        this.outbox = outbox;
        this.terms = terms;
        this.topic = topic;
    }

    void reached(@Observes PartnerReportMilestone milestone) {
        PartnerReport report = milestone.report();
        switch (milestone.step()) {
            case DUE -> append(report, EventTypeNames.PARTNER_REPORT_DUE, PartnerReportDeadlineEvent.of(report, null));
            case OVERDUE -> append(report, EventTypeNames.PARTNER_REPORT_OVERDUE,
                    PartnerReportDeadlineEvent.of(report, terms.overdueFrom(report.dueOn())));
            case SUBMITTED -> append(report, EventTypeNames.PARTNER_REPORT_SUBMITTED,
                    PartnerReportSubmittedEvent.of(report));
            case SENT -> append(report, EventTypeNames.PARTNER_REPORT_SENT, PartnerReportSentEvent.of(report));
            case ACKNOWLEDGED -> append(report, EventTypeNames.PARTNER_REPORT_ACKNOWLEDGED,
                    PartnerReportAcknowledgedEvent.of(report));
        }
    }

    void scheduled(@Observes PartnerReportScheduleChanged changed) {
        outbox.append(topic, changed.schedule().projectNumber(), EventTypeNames.PARTNER_REPORT_SCHEDULED,
                PartnerReportScheduledEvent.of(changed));
    }

    private void append(PartnerReport report, String type, Object data) {
        outbox.append(topic, report.projectNumber(), type, data);
    }
}
