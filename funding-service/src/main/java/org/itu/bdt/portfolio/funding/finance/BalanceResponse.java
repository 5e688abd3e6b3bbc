package org.itu.bdt.portfolio.funding.finance;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record BalanceResponse(String reference, String agreementNumber, String projectNumber, int year,
                              BigDecimal balanceChf, LocalDate asOf, Instant recordedAt) {

    static BalanceResponse of(YearEndBalance balance) {
        return new BalanceResponse(balance.reference(), balance.agreement().agreementNumber(),
                balance.agreement().projectNumber(), balance.year(), balance.balance().shown(), balance.asOf(),
                balance.recordedAt());
    }
}
