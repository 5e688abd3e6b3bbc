package org.itu.bdt.portfolio.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received against a partner agreement, in the agreement's currency, with the CHF amount funding-service
 * booked for it (null only in a read model built before that amount was published, until its republished event).
 */
public record Instalment(String reference, String agreementNumber, String projectNumber, String partnerId,
                         LocalDate receivedOn, BigDecimal amount, BigDecimal chf, String currency) {
}
