package org.itu.bdt.portfolio.funding.finance;

/** One year-end balance as the finance system sends it, every field as text; nothing is checked yet. */
public record BalanceLine(String reference, String agreementNumber, String year, String balanceChf, String asOf) {
}
