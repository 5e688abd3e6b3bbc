package org.itu.bdt.portfolio.reporting.ledger;

import java.math.BigDecimal;

/** How an agreement's CHF amount came about: its original currency and amount, and the rate used. */
public record Conversion(String currency, BigDecimal originalAmount, BigDecimal rate, String rateMonth,
                         String rateSource) {
}
