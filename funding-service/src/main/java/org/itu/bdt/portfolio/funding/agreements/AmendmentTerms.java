package org.itu.bdt.portfolio.funding.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AmendmentTerms(String amendmentId, LocalDate effectiveOn, BigDecimal newOriginalAmount,
                             BigDecimal newChfAmount, String reason) {
}
