package org.itu.bdt.portfolio.reporting.figures;

import org.itu.bdt.portfolio.reporting.ledger.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.Region;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.platform.ReportCsv;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioByRegionCsvTest {

    @Test
    void theTotalRowRoundsTheExactTotalsNotTheSumOfRoundedCells() {
        var fortyChfEach = new PortfolioFigures(1, new BigDecimal("40.00"), new BigDecimal("0.00"));
        var portfolio = new PortfolioByRegion(LocalDate.parse("2024-12-31"), Arrays.stream(Region.values())
                .map(region -> new RegionFigures(region, fortyChfEach))
                .toList());

        assertThat(ReportCsv.of(PortfolioByRegionResource.table(portfolio))).isEqualTo("""
                region,projects,partner_funding,itu_funding,total
                Africa,1,0.0,0.0,0.0
                Americas,1,0.0,0.0,0.0
                Arab States,1,0.0,0.0,0.0
                Asia-Pacific,1,0.0,0.0,0.0
                CIS,1,0.0,0.0,0.0
                Europe,1,0.0,0.0,0.0
                Inter-regional,1,0.0,0.0,0.0
                Total,7,0.3,0.0,0.3
                """);
    }

    @Test
    void aTextWithACommaOrAQuoteIsQuotedAndEmptyCellsStayEmpty() {
        var table = new ReportTable("t", List.of(ReportTable.text("name"), ReportTable.text("note"),
                ReportTable.money("total", ReportTable.Kind.THOUSANDS_0)))
                .row("AFR3 – Trust, security and safety", "a \"b\" c", new BigDecimal("166500.00"))
                .row("Total", null, new BigDecimal("499.99"));

        assertThat(ReportCsv.of(table)).isEqualTo("""
                name,note,total
                "AFR3 – Trust, security and safety","a ""b"" c",167
                Total,,0
                """);
    }
}
