package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/** Fired inside the import's transaction for each new transaction from the finance system. */
public record TransactionRecorded(String reference, String agreementNumber, String projectNumber, String typeCode,
                                  String typeName, LocalDate transactionDate, Money amount, Money chf) {

    static TransactionRecorded of(FinancialTransaction transaction) {
        return new TransactionRecorded(transaction.reference(), transaction.agreement().agreementNumber(),
                transaction.agreement().projectNumber(), transaction.typeCode(), transaction.typeName(),
                transaction.transactionDate(), transaction.amount(), transaction.chf());
    }
}
