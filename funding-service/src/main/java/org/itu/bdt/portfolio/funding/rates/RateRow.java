package org.itu.bdt.portfolio.funding.rates;

/** One row of a batch of rates as received, numbered from 1, its fields still text. */
public record RateRow(int row, String currency, String month, String chfPerUnit, String source) {
}
