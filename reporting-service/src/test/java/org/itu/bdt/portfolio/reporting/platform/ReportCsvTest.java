package org.itu.bdt.portfolio.reporting.platform;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {

    @Test
    void aTextCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        ReportTable table = new ReportTable("projects", List.of(ReportTable.text("title"),
                ReportTable.money("total", ReportTable.Kind.THOUSANDS_1)))
                .row("=HYPERLINK(\"http://x\",\"click\")", new BigDecimal("-1500.00"))
                .row("+41 22", BigDecimal.ZERO)
                .row("-1", BigDecimal.ZERO)
                .row("@SUM(A1)", BigDecimal.ZERO)
                .row("\tTab", BigDecimal.ZERO)
                .row("Inter-regional", BigDecimal.ZERO);

        assertThat(ReportCsv.of(table).split("\n")).containsExactly(
                "title,total",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-1.5",
                "'+41 22,0.0",
                "'-1,0.0",
                "'@SUM(A1),0.0",
                "'\tTab,0.0",
                "Inter-regional,0.0");
    }

    @Test
    void aCarriageReturnIsQuotedLikeALineFeed() {
        ReportTable table = new ReportTable("notes", List.of(ReportTable.text("note")))
                .row("first\rsecond").row("plain");

        assertThat(ReportCsv.of(table)).isEqualTo("note\n\"first\rsecond\"\nplain\n");
    }
}
