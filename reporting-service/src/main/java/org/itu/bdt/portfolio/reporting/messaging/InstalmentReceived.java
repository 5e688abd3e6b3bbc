package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.monitoring.Instalment;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.chf;
import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of InstalmentReceived: a payment against a partner agreement, in the agreement's currency. */
record InstalmentReceived(String agreementNumber, String projectNumber, String partnerId, String reference,
                          LocalDate receivedOn, BigDecimal amount, String currency) {

    Instalment toFact() {
        return new Instalment(required(reference, "reference"), required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), partnerId, required(receivedOn, "receivedOn"),
                chf(amount, "amount"), required(currency, "currency"));
    }
}
