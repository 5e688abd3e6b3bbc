package org.itu.bdt.portfolio.reporting.readmodel;

import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AgreementKind;
import org.itu.bdt.portfolio.reporting.ledger.ContributionType;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.LedgerAmounts;

import java.math.BigDecimal;
import java.util.List;

/** A project's funding in effect on a date as funding-service, its source, totals it. */
public record SourceFunding(String projectNumber, List<Line> lines) {

    public SourceFunding {
        lines = List.copyOf(lines);
    }

    public record Line(FundingSource fundingSource, AgreementKind kind, ContributionType contribution,
                       BigDecimal chfInEffect) {

        /** The same rule as the read model's: cash project and supplementary agreements only. */
        boolean countsInPortfolio() {
            return new AgreementFact(null, null, fundingSource, chfInEffect, null, kind, contribution)
                    .countsInPortfolio();
        }
    }

    LedgerAmounts portfolioAmounts() {
        return lines.stream().filter(Line::countsInPortfolio)
                .map(line -> LedgerAmounts.funding(line.fundingSource(), line.chfInEffect()))
                .reduce(LedgerAmounts.NONE, LedgerAmounts::plus);
    }
}
