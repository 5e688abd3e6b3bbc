package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.finance.TransactionRecorded;

/** A transaction from the finance system on one funding line; amounts are exact decimal strings, dates ISO. */
public record TransactionRecordedEvent(String reference, String agreementNumber, String projectNumber, String type,
                                       String typeName, String transactionDate, String currency, String amount,
                                       String chfAmount) implements FundingEvent {

    static TransactionRecordedEvent of(TransactionRecorded recorded) {
        return new TransactionRecordedEvent(recorded.reference(), recorded.agreementNumber(),
                recorded.projectNumber(), recorded.typeCode(), recorded.typeName(),
                recorded.transactionDate().toString(), recorded.amount().currency().getCurrencyCode(),
                recorded.amount().plain(), recorded.chf().plain());
    }
}
