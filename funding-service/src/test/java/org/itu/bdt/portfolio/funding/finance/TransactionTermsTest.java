package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionTermsTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final Set<String> AGREEMENTS = Set.of("7BTN23069-01");

    @Test
    void aValidLineBecomesTermsWithAmountsOfTwoDecimals() {
        TransactionTerms terms = of(line("3", "2025-03-10", "JPY", "73000000", "435153.5"));

        assertThat(terms).isEqualTo(new TransactionTerms("FIN-1", "7BTN23069-01", "3", TODAY, "JPY",
                new BigDecimal("73000000.00"), new BigDecimal("435153.50"), "first tranche"));
    }

    @Test
    void aChfTransactionTakesItsChfAmountFromTheAmountOrRepeatsIt() {
        assertThat(of(line("4", "2024-12-31", "CHF", "1250.5", null)).chfAmount()).isEqualTo("1250.50");
        assertThat(of(line("4", "2024-12-31", "CHF", "1250.5", "1250.50")).chfAmount()).isEqualTo("1250.50");
    }

    @Test
    void aChfTransactionWithAnotherChfAmountIsRejected() {
        assertRejected(line("4", "2024-12-31", "CHF", "1250.50", "1250.51"),
                new FieldError("chfAmount", "must equal amount when currency is CHF"));
    }

    @Test
    void anotherCurrencyNeedsItsChfAmount() {
        assertRejected(line("1", "2024-12-31", "EUR", "100.00", null),
                new FieldError("chfAmount", "is required when currency is not CHF"));
    }

    @Test
    void aTransactionDatedAfterTodayIsRejected() {
        assertThat(of(line("1", "2025-03-10", "CHF", "1.00", null)).transactionDate()).isEqualTo(TODAY);
        assertRejected(line("1", "2025-03-11", "CHF", "1.00", null),
                new FieldError("transactionDate", "must not be in the future"));
    }

    @Test
    void yenAndWonHaveNoDecimals() {
        assertThat(of(line("3", "2024-12-31", "KRW", "1000", "0.65")).amount()).isEqualTo("1000.00");
        assertRejected(line("3", "2024-12-31", "JPY", "100.5", "0.60"),
                new FieldError("amount", "must have at most 0 decimals in JPY"));
    }

    @Test
    void aZeroNegativeOrOverPreciseAmountIsRejected() {
        assertRejected(line("3", "2024-12-31", "CHF", "0.00", null), new FieldError("amount", "must be positive"));
        assertRejected(line("3", "2024-12-31", "EUR", "-5.00", "4.70"), new FieldError("amount", "must be positive"));
        assertRejected(line("3", "2024-12-31", "EUR", "5.001", "4.70"),
                new FieldError("amount", "must have at most 2 decimals in EUR"));
        assertRejected(line("3", "2024-12-31", "EUR", "5.00", "-4.70"),
                new FieldError("chfAmount", "must not be negative"));
    }

    @Test
    void anAmountMustBeWrittenPlain() {
        assertRejected(line("3", "2024-12-31", "CHF", "1,000.00", null),
                new FieldError("amount", "must be a decimal number such as 1234.50"));
        assertRejected(line("3", "2024-12-31", "CHF", "1e3", null),
                new FieldError("amount", "must be a decimal number such as 1234.50"));
    }

    @Test
    void onlyCodesOfTheIatiCodelistAreTransactionTypes() {
        FieldError notACode = new FieldError("type",
                "must be an IATI TransactionType code: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13");
        assertThat(of(line("13", "2024-12-31", "CHF", "1.00", null)).typeCode()).isEqualTo("13");
        assertRejected(line("14", "2024-12-31", "CHF", "1.00", null), notACode);
        assertRejected(line("Disbursement", "2024-12-31", "CHF", "1.00", null), notACode);
        assertRejected(line("03", "2024-12-31", "CHF", "1.00", null), notACode);
    }

    @Test
    void everyBrokenFieldOfARowIsNamedAtOnce() {
        TransactionLine line = new TransactionLine(" FIN-1", "7XXX00000-01", null, "2024-02-30", "eur", "",
                null, "x".repeat(501));

        assertThatThrownBy(() -> of(line)).isInstanceOfSatisfying(InvalidRequestException.class, e ->
                assertThat(e.errors()).containsExactly(
                        new FieldError("reference", "must be 1 to 100 printable ASCII characters, without leading"
                                + " or trailing spaces"),
                        new FieldError("agreementNumber", "unknown agreement 7XXX00000-01"),
                        new FieldError("type", "is required"),
                        new FieldError("transactionDate", "must be an ISO date (YYYY-MM-DD)"),
                        new FieldError("currency", "must be a known ISO 4217 currency code of 3 upper-case letters"),
                        new FieldError("amount", "is required"),
                        new FieldError("description", "must have at most 500 characters")));
    }

    @Test
    void theSameContentIsAReplayAndOtherContentNamesEveryDifference() {
        TransactionTerms recorded = of(line("3", "2024-12-31", "EUR", "100.00", "94.10"));

        assertThat(of(line("3", "2024-12-31", "EUR", "100", "94.1")).replayOf(recorded))
                .isEqualTo(RowOutcome.UNCHANGED);
        assertThatThrownBy(() -> of(line("4", "2024-12-31", "EUR", "100.00", "94.20")).replayOf(recorded))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("reference", "is already recorded with other content; a recorded row never"
                                + " changes"),
                        new FieldError("type", "differs from the recorded 3"),
                        new FieldError("chfAmount", "differs from the recorded 94.10")));
    }

    private static TransactionLine line(String type, String date, String currency, String amount, String chf) {
        return new TransactionLine("FIN-1", "7BTN23069-01", type, date, currency, amount, chf, "first tranche");
    }

    private static TransactionTerms of(TransactionLine line) {
        return TransactionTerms.of(line, TransactionTypeCodelist.IATI, TODAY, AGREEMENTS::contains);
    }

    private static void assertRejected(TransactionLine line, FieldError error) {
        assertThatThrownBy(() -> of(line)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsExactly(error));
    }
}
