package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/** A new transaction from the finance system, as its event tells it (see {@link TransactionsRecorded}). */
public record TransactionRecorded(String reference, String agreementNumber, String projectNumber, String typeCode,
                                  String typeName, LocalDate transactionDate, Money amount, Money chf) {

    static TransactionRecorded of(TransactionTerms terms, String projectNumber) {
        return new TransactionRecorded(terms.reference(), terms.agreementNumber(), projectNumber, terms.typeCode(),
                TransactionTypeCodelist.IATI.name(terms.typeCode()).orElseThrow(), terms.transactionDate(),
                Money.of(terms.amount(), terms.currency()), Money.chf(terms.chfAmount()));
    }
}
