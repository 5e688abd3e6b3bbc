package org.itu.bdt.portfolio.funding.money;

import java.math.BigDecimal;
import java.util.Optional;

/** A CHF amount is its own CHF counterpart; other currencies are converted at an {@link AgreementRate}. */
public final class ChfAmount {
    private ChfAmount() {
    }

    public static Optional<String> problemWith(String currency, BigDecimal original, BigDecimal chf,
                                               String originalField) {
        if (Money.CHF.getCurrencyCode().equals(currency) && chf != null && chf.compareTo(original) != 0) {
            return Optional.of("must equal " + originalField + " when currency is CHF");
        }
        return Optional.empty();
    }
}
