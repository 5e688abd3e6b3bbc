package org.itu.bdt.portfolio.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received against a partner agreement, in the agreement's currency. */
public record Instalment(String reference, String agreementNumber, String projectNumber, String partnerId,
                         LocalDate receivedOn, BigDecimal amount, String currency) {
}
