package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.finance.YearEndBalanceRecorded;

/** What was left of a funding line on 31 December of a year; the balance is an exact decimal string in CHF. */
public record YearEndBalanceRecordedEvent(String reference, String agreementNumber, String projectNumber, int year,
                                          String balanceChf, String asOf) implements FundingEvent {

    static YearEndBalanceRecordedEvent of(YearEndBalanceRecorded recorded) {
        return new YearEndBalanceRecordedEvent(recorded.reference(), recorded.agreementNumber(),
                recorded.projectNumber(), recorded.year(), recorded.balance().plain(), recorded.asOf().toString());
    }
}
