package org.itu.bdt.portfolio.funding.instalments;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PaymentTerms(String reference, LocalDate receivedOn, BigDecimal amount) {
}
