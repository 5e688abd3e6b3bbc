package org.itu.bdt.portfolio.funding.finance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.itu.bdt.portfolio.funding.platform.CsvBatch;

import java.util.List;
import java.util.Map;

/**
 * One transaction of an import, from a JSON object or a CSV line. Values are taken as text (a JSON number as
 * written) and checked row by row, so a bad value rejects its row and not the batch.
 */
public record TransactionRow(
        @Schema(description = "the finance system's own reference, unique; at most 100 printable ASCII characters")
        String reference,
        String agreementNumber,
        @Schema(description = "IATI TransactionType code: 1 Incoming Funds, 2 Outgoing Commitment, 3 Disbursement, "
                + "4 Expenditure, …")
        String type,
        @Schema(description = "YYYY-MM-DD, not after today") String transactionDate,
        String currency,
        @Schema(description = "positive decimal, JSON number or string, with at most the currency's minor units")
        String amount,
        @Schema(description = "CHF counterpart; required unless currency is CHF") String chfAmount,
        String description) {
    static final CsvBatch CSV = new CsvBatch(
            List.of("reference", "agreement_number", "type", "transaction_date", "currency", "amount"),
            List.of("chf_amount", "description"));
    private static final TransactionRow EMPTY = new TransactionRow(null, null, null, null, null, null, null, null);

    static TransactionLine line(TransactionRow row) {
        TransactionRow given = row == null ? EMPTY : row;
        return new TransactionLine(given.reference, given.agreementNumber, given.type, given.transactionDate,
                given.currency, given.amount, given.chfAmount, given.description);
    }

    static TransactionLine line(Map<String, String> csv) {
        return new TransactionLine(csv.get("reference"), csv.get("agreement_number"), csv.get("type"),
                csv.get("transaction_date"), csv.get("currency"), csv.get("amount"), csv.get("chf_amount"),
                csv.get("description"));
    }
}
