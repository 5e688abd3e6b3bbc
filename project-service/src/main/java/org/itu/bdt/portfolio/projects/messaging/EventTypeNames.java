package org.itu.bdt.portfolio.projects.messaging;

import org.itu.bdt.portfolio.kit.messaging.EventTypes;

/**
 * The ce_type of every event project-service publishes or consumes, as docs/asyncapi.yaml names it: explicit names
 * under the kit's reverse-DNS prefix, never derived from a class name. Consumers switch on these constants; the kit
 * maps a legacy bare name ("AgreementSigned") to its prefixed form.
 */
public final class EventTypeNames {

    // published on portfolio.projects.v1
    public static final String PROJECT_REGISTERED = EventTypes.PREFIX + "ProjectRegistered";
    public static final String PROJECT_UPDATED = EventTypes.PREFIX + "ProjectUpdated";
    public static final String PROJECT_STATUS_CHANGED = EventTypes.PREFIX + "ProjectStatusChanged";
    public static final String BOARD_DECISION_RECORDED = EventTypes.PREFIX + "BoardDecisionRecorded";
    public static final String BOARD_ACTION_CHANGED = EventTypes.PREFIX + "BoardActionChanged";
    public static final String PARTNER_REPORT_DUE = EventTypes.PREFIX + "PartnerReportDue";
    public static final String PARTNER_REPORT_OVERDUE = EventTypes.PREFIX + "PartnerReportOverdue";
    public static final String PARTNER_REPORT_SUBMITTED = EventTypes.PREFIX + "PartnerReportSubmitted";
    public static final String PARTNER_REPORT_SENT = EventTypes.PREFIX + "PartnerReportSent";
    public static final String PARTNER_REPORT_ACKNOWLEDGED = EventTypes.PREFIX + "PartnerReportAcknowledged";
    public static final String PARTNER_REPORT_SCHEDULED = EventTypes.PREFIX + "PartnerReportScheduled";

    // consumed from portfolio.funding.v1
    public static final String AGREEMENT_SIGNED = EventTypes.PREFIX + "AgreementSigned";
    public static final String AGREEMENT_CANCELLED = EventTypes.PREFIX + "AgreementCancelled";

    private EventTypeNames() {
    }
}
