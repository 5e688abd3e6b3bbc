package org.itu.bdt.portfolio.funding.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact amount in one currency. Amounts are kept with two decimals and shown with the currency's ISO 4217
 * minor units (JPY 73000000, CHF 435153.00), never rounded: a decimal the minor units lack stays visible.
 */
public record Money(BigDecimal amount, Currency currency) {
    public static final Currency CHF = Currency.getInstance("CHF");
    public static final int MAX_DECIMALS = 2;
    public static final int MAX_INTEGER_DIGITS = 15;
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    public static Money chf(BigDecimal amount) {
        return new Money(amount, CHF);
    }

    public BigDecimal shown() {
        int minorUnits = Math.min(Math.max(currency.getDefaultFractionDigits(), 0), MAX_DECIMALS);
        return amount.setScale(Math.max(minorUnits, amount.stripTrailingZeros().scale()));
    }

    public String plain() {
        return shown().toPlainString();
    }

    /** Why an amount cannot be money here, if it cannot. */
    public static Optional<String> problemWith(BigDecimal amount) {
        if (amount.signum() < 0) {
            return Optional.of("must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            return Optional.of("must have at most " + MAX_DECIMALS + " decimals");
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("must have at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return Optional.empty();
    }

    public static boolean isCurrencyCode(String code) {
        if (!CURRENCY_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
