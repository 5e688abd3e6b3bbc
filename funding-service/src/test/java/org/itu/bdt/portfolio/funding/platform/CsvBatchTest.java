package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvBatchTest {
    private static final CsvBatch BATCH = new CsvBatch(List.of("reference", "amount"), List.of("description"));

    @Test
    void columnsMayComeInAnyOrderAndAnEmptyValueIsAbsent() {
        List<Map<String, String>> rows = BATCH.read("amount,reference,description\n12.50,FIN-1,\n3,FIN-2,fees\n");

        assertThat(rows).containsExactly(row("12.50", "FIN-1", null), row("3", "FIN-2", "fees"));
    }

    @Test
    void quotedValuesKeepTheirCommasAndQuotesAndABomIsIgnored() {
        List<Map<String, String>> rows = BATCH.read("\uFEFFreference,amount,description\r\n"
                + "FIN-1,1.00,\"Travel, \"\"Geneva\"\"\"\r\n\r\n");

        assertThat(rows).containsExactly(row("1.00", "FIN-1", "Travel, \"Geneva\""));
    }

    @Test
    void anOptionalColumnMayBeLeftOut() {
        assertThat(BATCH.read("reference,amount\nFIN-1,1.00\n"))
                .containsExactly(Map.of("reference", "FIN-1", "amount", "1.00"));
    }

    @Test
    void aHeaderThatMissesOrInventsColumnsRefusesTheBatch() {
        String expected = "; expected reference, amount (optional: description)";
        assertInvalid("reference,amout\nFIN-1,1.00\n",
                new FieldError("header", "has unknown columns amout" + expected),
                new FieldError("header", "misses the columns amount" + expected));
        assertInvalid("reference,amount,amount\n",
                new FieldError("header", "repeats the columns amount"));
    }

    @Test
    void anEmptyBodyHasNoHeader() {
        assertInvalid("", new FieldError("header",
                "is missing; expected the columns reference, amount (optional: description)"));
    }

    @Test
    void aLineOfTheWrongWidthRefusesTheBatch() {
        assertInvalid("reference,amount\nFIN-1,1.00\nFIN-2,1,000.00\n",
                new FieldError("body", "row 2 has 3 values, the header 2 columns"));
    }

    @Test
    void anUnclosedQuoteIsNotCsv() {
        assertThatThrownBy(() -> BATCH.read("reference,amount\n\"FIN-1,1.00\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("body");
                    assertThat(e.errors().get(0).message()).startsWith("is not CSV: ");
                });
    }

    private static Map<String, String> row(String amount, String reference, String description) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("amount", amount);
        row.put("reference", reference);
        row.put("description", description);
        return row;
    }

    private static void assertInvalid(String csv, FieldError... errors) {
        assertThatThrownBy(() -> BATCH.read(csv)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsExactly(errors));
    }
}
