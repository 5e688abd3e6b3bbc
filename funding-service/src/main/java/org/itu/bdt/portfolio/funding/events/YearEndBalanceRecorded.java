package org.itu.bdt.portfolio.funding.events;

/** What was left of a funding line on 31 December of a year; the balance is an exact decimal string in CHF. */
public record YearEndBalanceRecorded(String reference, String agreementNumber, String projectNumber, int year,
                                     String balanceChf, String asOf) implements FundingEvent {
}
