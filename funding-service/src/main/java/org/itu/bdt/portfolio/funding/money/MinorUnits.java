package org.itu.bdt.portfolio.funding.money;

import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * ISO 4217 minor units: an amount has at most the decimals of its currency (JPY and KRW none, EUR two).
 * Amounts are stored with two decimals, so currencies with three minor units (KWD, BHD, ...) are refused
 * rather than rounded; so are codes without minor units (XDR, XAU, ...), which are no currency of payment.
 */
public final class MinorUnits {
    private MinorUnits() {
    }

    /** The field error of an amount in a known currency, if any: on the currency, or on the amount. */
    public static Optional<FieldError> problemWith(String currencyCode, BigDecimal amount, String amountField) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        if (digits < 0) {
            return Optional.of(new FieldError("currency", currencyCode
                    + " has no ISO 4217 minor units: amounts must be in a currency of payment"));
        }
        if (digits > Money.MAX_DECIMALS) {
            return Optional.of(new FieldError("currency", currencyCode + " has " + digits
                    + " minor units; amounts are kept with at most " + Money.MAX_DECIMALS + " decimals"));
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            return Optional.of(new FieldError(amountField, digits == 0
                    ? "must have no decimals: " + currencyCode + " has no minor units"
                    : "must have at most " + digits + " decimals"));
        }
        return Optional.empty();
    }
}
