package org.itu.bdt.portfolio.funding.events;

/** A transaction from the finance system on one funding line; amounts are exact decimal strings, dates ISO. */
public record TransactionRecorded(String reference, String agreementNumber, String projectNumber, String type,
                                  String typeName, String transactionDate, String currency, String amount,
                                  String chfAmount) implements FundingEvent {
}
