package org.itu.bdt.portfolio.funding.finance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionTypeCodelistTest {

    @Test
    void theIatiCodelistNamesTheFinanceSystemsTransactionTypes() {
        TransactionTypeCodelist types = TransactionTypeCodelist.IATI;

        assertThat(types.name("1")).contains("Incoming Funds");
        assertThat(types.name("2")).contains("Outgoing Commitment");
        assertThat(types.name("3")).contains("Disbursement");
        assertThat(types.name("4")).contains("Expenditure");
        assertThat(types.name("13")).contains("Incoming Pledge");
        assertThat(types.codes()).isEqualTo("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13");
    }

    @Test
    void aCodeOutsideTheCodelistHasNoName() {
        assertThat(TransactionTypeCodelist.IATI.name("0")).isEmpty();
        assertThat(TransactionTypeCodelist.IATI.name("Expenditure")).isEmpty();
    }
}
