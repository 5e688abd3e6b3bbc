package org.itu.bdt.portfolio.funding.finance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.itu.bdt.portfolio.funding.platform.CsvBatch;

import java.util.List;
import java.util.Map;

/** One year-end balance of an import, from a JSON object or a CSV line; values are checked row by row. */
public record BalanceRow(
        @Schema(description = "the finance system's own reference, unique") String reference,
        String agreementNumber,
        @Schema(description = "the financial (calendar) year, e.g. 2024") String year,
        @Schema(description = "what is left of the funding line in CHF; not negative") String balanceChf,
        @Schema(description = "31 December of the year") String asOf) {
    static final CsvBatch CSV = new CsvBatch(
            List.of("reference", "agreement_number", "year", "balance_chf", "as_of"), List.of());
    private static final BalanceRow EMPTY = new BalanceRow(null, null, null, null, null);

    static BalanceLine line(BalanceRow row) {
        BalanceRow given = row == null ? EMPTY : row;
        return new BalanceLine(given.reference, given.agreementNumber, given.year, given.balanceChf, given.asOf);
    }

    static BalanceLine line(Map<String, String> csv) {
        return new BalanceLine(csv.get("reference"), csv.get("agreement_number"), csv.get("year"),
                csv.get("balance_chf"), csv.get("as_of"));
    }
}
