package org.itu.bdt.portfolio.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Transaction rows as ITU's finance system would send them, as the CSV of {@code POST /api/finance/transactions}:
 * on the given agreements in turn, of the four IATI types a funding line books (incoming funds, commitments,
 * disbursements, expenditure; most rows are the small ones), dated in 2025, in CHF and in the two currencies most
 * partners pay in, always with the booked CHF amount (so a plain COPY of the same file fills the same columns).
 * The same rows, run and agreements give the same file; the run makes the references new.
 *
 * <p>Usage: {@code FinanceTransactions --rows N --run RUN --agreements FILE --out FILE}, FILE one agreement number a
 * line.
 */
public final class FinanceTransactions {

    static final String HEADER = "reference,agreement_number,type,transaction_date,currency,amount,chf_amount,"
            + "description";
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    /** IATI TransactionType code, its name, and the largest amount of one such row on a funding line. */
    private static final List<Kind> KINDS = List.of(
            new Kind("1", "Incoming funds", 500_000, 10),
            new Kind("2", "Outgoing commitment", 200_000, 15),
            new Kind("3", "Disbursement", 100_000, 30),
            new Kind("4", "Expenditure", 20_000, 45));
    /** CHF for most rows; what one unit was booked at in CHF for the others. */
    private static final Map<String, BigDecimal> CHF_PER_UNIT = Map.of(
            "USD", new BigDecimal("0.8812"), "EUR", new BigDecimal("0.9407"));

    private record Kind(String code, String name, int largest, int percent) {
    }

    private FinanceTransactions() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = FreshnessBenchmark.options(args, Map.of("--rows", "1000000"));
        int rows = Integer.parseInt(options.get("--rows"));
        List<String> agreements = Files.readAllLines(Path.of(options.get("--agreements"))).stream()
                .filter(line -> !line.isBlank()).toList();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(options.get("--out")))) {
            out.write(HEADER);
            out.newLine();
            Random random = new Random(1);
            for (int i = 0; i < rows; i++) {
                out.write(row(i, options.get("--run"), agreements.get(i % agreements.size()), random));
                out.newLine();
            }
        }
    }

    private static String row(int i, String run, String agreement, Random random) {
        Kind kind = kind(random.nextInt(100));
        String currency = currency(random.nextInt(10));
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(kind.largest * 100), 2);
        BigDecimal chf = currency.equals("CHF")
                ? amount
                : amount.multiply(CHF_PER_UNIT.get(currency)).setScale(2, RoundingMode.HALF_EVEN);
        return String.join(",", "BENCH-" + run + "-" + i, agreement, kind.code,
                FIRST_DAY.plusDays(random.nextInt(365)).toString(), currency, amount.toPlainString(),
                chf.toPlainString(), kind.name + " " + i);
    }

    private static Kind kind(int percentile) {
        int below = 0;
        for (Kind kind : KINDS) {
            below += kind.percent;
            if (percentile < below) {
                return kind;
            }
        }
        throw new IllegalArgumentException("percentile " + percentile);
    }

    private static String currency(int tenth) {
        return switch (tenth) {
            case 0, 1 -> "USD";
            case 2 -> "EUR";
            default -> "CHF";
        };
    }
}
