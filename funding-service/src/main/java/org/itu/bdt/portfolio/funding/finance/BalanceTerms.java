package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A year-end balance that passed every field rule. */
public record BalanceTerms(String reference, String agreementNumber, int year, BigDecimal balanceChf, LocalDate asOf)
        implements ImportedContent {
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    /**
     * Checks a line against the field rules; throws InvalidRequestException naming every broken field.
     * A funding line's balance is what is left of its money, so it is never below zero; ITU's financial year is
     * the calendar year, so the balance is taken on 31 December, and only once that day has come.
     */
    public static BalanceTerms of(BalanceLine line, LocalDate today, Predicate<String> agreementExists) {
        RowFields row = new RowFields();
        String reference = row.reference(line.reference());
        String agreementNumber = row.required("agreementNumber", line.agreementNumber());
        if (agreementNumber != null && !agreementExists.test(agreementNumber)) {
            row.reject("agreementNumber", "unknown agreement " + agreementNumber);
        }
        Integer year = row.year(line.year());
        BigDecimal balance = row.amount("balanceChf", row.required("balanceChf", line.balanceChf()), Money.CHF, true);
        LocalDate asOf = row.date("asOf", line.asOf(), today);
        if (year != null && asOf != null && !asOf.equals(YEAR_END.atYear(year))) {
            row.reject("asOf", "must be the year-end date " + YEAR_END.atYear(year));
        }
        row.throwIfRejected();
        return new BalanceTerms(reference, agreementNumber, year, balance, asOf);
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementNumber", agreementNumber);
        content.put("year", year);
        content.put("balanceChf", balanceChf);
        content.put("asOf", asOf);
        return content;
    }
}
