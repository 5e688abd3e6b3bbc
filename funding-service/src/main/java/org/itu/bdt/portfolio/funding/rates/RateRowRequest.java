package org.itu.bdt.portfolio.funding.rates;


import java.math.BigDecimal;

/** One element of a JSON batch of rates; its checks come with its row number, so none are annotations here. */
public record RateRowRequest(String currency, String month, BigDecimal chfPerUnit, String source) {
    /** What a null element of the array stands for: a row with every field missing. */
    static final RateRowRequest EMPTY = new RateRowRequest(null, null, null, null);

    RateRow toRow(int row) {
        return new RateRow(row, currency, month, chfPerUnit == null ? null : chfPerUnit.toPlainString(), source);
    }
}
