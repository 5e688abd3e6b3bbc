package org.itu.bdt.portfolio.funding.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The CHF counterpart of an amount. Conversion is not built yet, so the caller gives it for other currencies;
 * a CHF amount is its own counterpart.
 */
public final class ChfAmount {
    private ChfAmount() {
    }

    public static Optional<String> problemWith(String currency, BigDecimal original, BigDecimal chf, String originalField) {
        if (!Money.CHF.getCurrencyCode().equals(currency)) {
            return chf == null ? Optional.of("is required when currency is not CHF") : Optional.empty();
        }
        if (chf != null && chf.compareTo(original) != 0) {
            return Optional.of("must equal " + originalField + " when currency is CHF");
        }
        return Optional.empty();
    }

    public static BigDecimal resolve(BigDecimal original, BigDecimal chf) {
        return chf == null ? original : chf;
    }
}
