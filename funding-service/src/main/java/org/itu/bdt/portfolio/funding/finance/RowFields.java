package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text fields of one imported row (a JSON object or a CSV line alike), collecting every field error
 * so that the row report names them all at once.
 */
final class RowFields {
    static final int MAX_REFERENCE_LENGTH = 100;
    private static final Pattern REFERENCE = Pattern.compile("[!-~]([ -~]{0,98}[!-~])?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final List<FieldError> errors = new ArrayList<>();

    String reference(String value) {
        String reference = required("reference", value);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            reject("reference", "must be 1 to " + MAX_REFERENCE_LENGTH
                    + " printable ASCII characters, without leading or trailing spaces");
        }
        return reference;
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return value;
    }

    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, "must have at most " + maxLength + " characters");
        }
        return value;
    }

    String currency(String value) {
        String currency = required("currency", value);
        if (currency != null && !Money.isCurrencyCode(currency)) {
            reject("currency", "must be a known ISO 4217 currency code of 3 upper-case letters");
            return null;
        }
        return currency;
    }

    LocalDate date(String field, String value, LocalDate today) {
        String text = required(field, value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                reject(field, "must not be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(field, "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    Integer year(String value) {
        String text = required("year", value);
        if (text != null && !YEAR.matcher(text).matches()) {
            reject("year", "must be a year of four digits");
            return null;
        }
        return text == null ? null : Integer.valueOf(text);
    }

    /**
     * An amount written plain ({@code 1234.50}, no exponent or grouping), at most the decimals of the
     * currency's ISO 4217 minor units (none for JPY and KRW; two at most, as stored), or null if it is not one.
     */
    BigDecimal amount(String field, String value, Currency currency, boolean zeroAllowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            reject(field, "must be a decimal number such as 1234.50");
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        String problem = amountProblem(amount, currency, zeroAllowed);
        if (problem != null) {
            reject(field, problem);
            return null;
        }
        return amount.setScale(Money.MAX_DECIMALS);
    }

    private static String amountProblem(BigDecimal amount, Currency currency, boolean zeroAllowed) {
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            return zeroAllowed ? "must not be negative" : "must be positive";
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        int decimals = currency == null ? Money.MAX_DECIMALS : minorUnits(currency);
        if (stripped.scale() > decimals) {
            return currency == null
                    ? "must have at most " + decimals + " decimals"
                    : "must have at most " + decimals + " decimals in " + currency.getCurrencyCode();
        }
        if (stripped.precision() - stripped.scale() > Money.MAX_INTEGER_DIGITS) {
            return "must have at most " + Money.MAX_INTEGER_DIGITS + " integer digits";
        }
        return null;
    }

    /** ISO 4217 minor units, capped at the two decimals amounts are stored with. */
    static int minorUnits(Currency currency) {
        return Math.min(Math.max(currency.getDefaultFractionDigits(), 0), Money.MAX_DECIMALS);
    }

    void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Ends the reading: the row is rejected with every error found. */
    void throwIfRejected() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
