package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.agreements.AgreementCancelled;

/** The agreement counts no more from cancelledOn on; its history before that date stands. */
public record AgreementCancelledEvent(String agreementNumber, String projectNumber, String cancelledOn, String reason)
        implements FundingEvent {

    static AgreementCancelledEvent of(AgreementCancelled cancelled) {
        return new AgreementCancelledEvent(cancelled.agreementNumber(), cancelled.projectNumber(),
                cancelled.cancelledOn().toString(), cancelled.reason());
    }
}
