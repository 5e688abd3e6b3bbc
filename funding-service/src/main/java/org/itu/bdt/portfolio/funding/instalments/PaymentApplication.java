package org.itu.bdt.portfolio.funding.instalments;

import java.math.BigDecimal;

/** The part of a payment that went to one instalment. */
public record PaymentApplication(Instalment instalment, BigDecimal amount) {
}
