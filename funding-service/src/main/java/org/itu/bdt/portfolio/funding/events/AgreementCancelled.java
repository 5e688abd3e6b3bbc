package org.itu.bdt.portfolio.funding.events;

/** The agreement counts no more from cancelledOn on; its history before that date stands. */
public record AgreementCancelled(String agreementNumber, String projectNumber, String cancelledOn, String reason)
        implements FundingEvent {
}
