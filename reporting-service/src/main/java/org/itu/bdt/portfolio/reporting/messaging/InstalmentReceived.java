package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.Instalment;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.chf;
import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/**
 * Data of InstalmentReceived: a payment against a partner agreement, in the agreement's currency, and the CHF amount
 * funding-service booked for it. Records published before funding-service booked that amount lack chfAmount.
 */
record InstalmentReceived(String agreementNumber, String projectNumber, String partnerId, String reference,
                          LocalDate receivedOn, BigDecimal amount, BigDecimal chfAmount, String currency) {

    /** A legacy record: funding-service republished it with its booked CHF under a new id, which is the one counted. */
    boolean lacksBookedChf() {
        return chfAmount == null;
    }

    Instalment toFact() {
        return new Instalment(required(reference, "reference"), required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), partnerId, required(receivedOn, "receivedOn"),
                chf(amount, "amount"), chf(chfAmount, "chfAmount"), required(currency, "currency"));
    }
}
