package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which exchange rate: a currency other than CHF, and a month. */
public record RateKey(String currency, YearMonth month) {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public static RateKey parse(String currency, String month) {
        List<FieldError> errors = problemsWith(currency, month);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RateKey(currency, YearMonth.parse(month));
    }

    static List<FieldError> problemsWith(String currency, String month) {
        List<FieldError> errors = new ArrayList<>();
        currencyProblem(currency).ifPresent(message -> errors.add(new FieldError("currency", message)));
        if (!isMonth(month)) {
            errors.add(new FieldError("month", "must be a month as yyyy-MM"));
        }
        return errors;
    }

    /** Why a code cannot have a rate, if it cannot: CHF amounts need none. */
    public static Optional<String> currencyProblem(String currency) {
        if (currency == null) {
            return Optional.of("is required");
        }
        if (!Money.isCurrencyCode(currency)) {
            return Optional.of("must be a known ISO 4217 currency code of 3 upper-case letters");
        }
        if (Money.CHF.getCurrencyCode().equals(currency)) {
            return Optional.of("must not be CHF: a CHF amount needs no rate");
        }
        return Optional.empty();
    }

    /** A month given as an optional filter: null stays null, anything else must be yyyy-MM. */
    public static YearMonth monthOrNull(String field, String month) {
        if (month == null) {
            return null;
        }
        if (!isMonth(month)) {
            throw new InvalidRequestException(List.of(new FieldError(field, "must be a month as yyyy-MM")));
        }
        return YearMonth.parse(month);
    }

    private static boolean isMonth(String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            return false;
        }
        try {
            YearMonth.parse(month);
            return true;
        } catch (DateTimeParseException notAMonth) {
            return false;
        }
    }
}
