package org.itu.bdt.portfolio.funding.finance;

import java.util.List;

/** Fired once inside an import's transaction with every transaction it created, in row order. */
public record TransactionsRecorded(List<TransactionRecorded> transactions) {

    public TransactionsRecorded {
        transactions = List.copyOf(transactions);
    }
}
