package org.itu.bdt.portfolio.funding.finance;

/** One transaction as the finance system sends it, every field as text; nothing is checked yet. */
public record TransactionLine(String reference, String agreementNumber, String type, String transactionDate,
                              String currency, String amount, String chfAmount, String description) {
}
