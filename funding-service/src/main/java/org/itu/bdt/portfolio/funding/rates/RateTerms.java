package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One rate as a finance system publishes it, built only from valid fields. */
public record RateTerms(RateKey key, BigDecimal chfPerUnit, String source) {
    public static final String UN_OPERATIONAL_RATES = "UN operational rates of exchange";
    static final int MAX_SOURCE_LENGTH = 200;

    /**
     * Checks every field and reports all that are wrong. The rate comes as text (a CSV cell, or a JSON number
     * written plain) so that one check serves every way of publishing; a blank source is the UN's.
     */
    public static RateTerms of(String currency, String month, String chfPerUnit, String source) {
        List<FieldError> errors = new ArrayList<>(RateKey.problemsWith(currency, month));
        rateProblem(chfPerUnit).ifPresent(message -> errors.add(new FieldError("chfPerUnit", message)));
        boolean defaultSource = source == null || source.isBlank();
        if (!defaultSource && source.strip().length() > MAX_SOURCE_LENGTH) {
            errors.add(new FieldError("source", "size must be between 0 and " + MAX_SOURCE_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RateTerms(new RateKey(currency, YearMonth.parse(month)),
                ExchangeRate.exact(new BigDecimal(chfPerUnit.strip())),
                defaultSource ? UN_OPERATIONAL_RATES : source.strip());
    }

    private static Optional<String> rateProblem(String chfPerUnit) {
        if (chfPerUnit == null || chfPerUnit.isBlank()) {
            return Optional.of("is required");
        }
        try {
            return ExchangeRate.problemWith(new BigDecimal(chfPerUnit.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.of("must be a decimal number");
        }
    }
}
