package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.CancellationFact;

import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of AgreementCancelled, reduced to the fields the reports use. */
record AgreementCancelled(String agreementNumber, String projectNumber, LocalDate cancelledOn) {

    CancellationFact toFact() {
        return new CancellationFact(required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), required(cancelledOn, "cancelledOn"));
    }
}
