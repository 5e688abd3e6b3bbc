package org.itu.bdt.portfolio.funding.finance;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded transaction; type is the IATI TransactionType code and typeName its name. */
public record TransactionResponse(String reference, String agreementNumber, String projectNumber, String type,
                                  String typeName, LocalDate transactionDate, String currency, BigDecimal amount,
                                  BigDecimal chfAmount, String description, Instant recordedAt) {

    static TransactionResponse of(FinancialTransaction transaction) {
        return new TransactionResponse(transaction.reference(), transaction.agreement().agreementNumber(),
                transaction.agreement().projectNumber(), transaction.typeCode(), transaction.typeName(),
                transaction.transactionDate(), transaction.amount().currency().getCurrencyCode(),
                transaction.amount().shown(), transaction.chf().shown(), transaction.description(),
                transaction.recordedAt());
    }
}
