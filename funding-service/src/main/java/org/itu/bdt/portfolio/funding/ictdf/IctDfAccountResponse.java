package org.itu.bdt.portfolio.funding.ictdf;


import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

public record IctDfAccountResponse(LocalDate asOf, String currency, BigDecimal transfersIn, BigDecimal allocated,
                                   BigDecimal balance) {

    static IctDfAccountResponse of(IctDfBalance account) {
        return new IctDfAccountResponse(account.asOf(), Money.CHF.getCurrencyCode(), chf(account.transfersIn()),
                chf(account.allocated()), chf(account.balance()));
    }

    static BigDecimal chf(BigDecimal amount) {
        return Money.chf(amount).shown();
    }
}
