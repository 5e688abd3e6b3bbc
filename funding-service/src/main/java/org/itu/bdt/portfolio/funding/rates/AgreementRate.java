package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The rate an agreement's amounts are converted at, fixed when it is signed: an amendment changes an amount,
 * not the rate. The rate is absent only for agreements in other currencies booked before conversion existed,
 * whose CHF amounts the caller gives.
 */
public record AgreementRate(BigDecimal chfPerUnit, YearMonth month, String source, boolean overridden) {
    public static final AgreementRate CHF = new AgreementRate(ExchangeRate.exact(BigDecimal.ONE), null, "CHF", false);
    static final String OVERRIDE_MARK = "override: ";

    static AgreementRate published(ExchangeRate rate) {
        return new AgreementRate(rate.chfPerUnit(), rate.month(), rate.source(), false);
    }

    static AgreementRate overridden(RateOverride override, YearMonth month) {
        return new AgreementRate(override.chfPerUnit(), month, OVERRIDE_MARK + override.reason(), true);
    }

    /** round_half_up(amount × rate, 0.01): the one place where an amount becomes CHF. */
    public BigDecimal toChf(BigDecimal amount) {
        return amount.multiply(chfPerUnit).setScale(Money.MAX_DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * The CHF amount of an original amount; one the caller booked must be the same to the centime, and it must be an
     * amount the books can hold (a large amount at a high rate could pass fifteen integer digits).
     */
    public BigDecimal chfFor(Money original, String originalField, BigDecimal booked, String bookedField) {
        if (chfPerUnit == null) {
            if (booked == null) {
                throw RuleViolationException.onField(bookedField,
                        "is required: the agreement was booked before conversion and has no rate");
            }
            return booked;
        }
        BigDecimal converted = toChf(original.amount());
        Money.problemWith(converted).ifPresent(problem -> {
            throw RuleViolationException.onField(originalField, "converts to %s CHF at %s CHF per unit, which %s"
                    .formatted(converted.toPlainString(), chfPerUnit.toPlainString(), problem));
        });
        if (booked != null && booked.compareTo(converted) != 0) {
            throw RuleViolationException.onField(bookedField, "must equal %s, which is %s %s at %s CHF per unit (%s%s),"
                    .formatted(converted.toPlainString(), original.plain(), original.currency(),
                            chfPerUnit.toPlainString(), source, month == null ? "" : ", " + month)
                    + " to the centime; got " + booked.toPlainString());
        }
        return converted;
    }
}
