package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/** Fired inside the import's transaction for each new year-end balance of a funding line, in CHF. */
public record YearEndBalanceRecorded(String reference, String agreementNumber, String projectNumber, int year,
                                     Money balance, LocalDate asOf) {

    static YearEndBalanceRecorded of(YearEndBalance balance) {
        return new YearEndBalanceRecorded(balance.reference(), balance.agreement().agreementNumber(),
                balance.agreement().projectNumber(), balance.year(), balance.balance(), balance.asOf());
    }
}
