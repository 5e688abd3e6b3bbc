package org.itu.bdt.portfolio.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one project adds to the region ledger, a pure function of its facts. The difference between the
 * contributions after and before an event is all the ledger needs, so an event costs one project's facts.
 */
public final class Contribution {

    private final SortedMap<LedgerLine, LedgerAmounts> lines;

    private Contribution(SortedMap<LedgerLine, LedgerAmounts> lines) {
        this.lines = Collections.unmodifiableSortedMap(lines);
    }

    static Contribution of(ProjectFacts facts) {
        ProjectFact project = facts.project();
        var lines = new TreeMap<LedgerLine, LedgerAmounts>();
        if (project == null || !project.isOngoing()) {
            return new Contribution(lines);
        }
        add(lines, new LedgerLine(project.region, project.countedFrom()), LedgerAmounts.ONE_PROJECT);
        for (AgreementFact agreement : facts.agreements()) {
            if (agreement.countsInPortfolio()) {
                addAgreement(lines, project.region, agreement, facts.amendmentsOf(agreement),
                        facts.cancelledOn(agreement).orElse(null));
            }
        }
        return new Contribution(lines);
    }

    /**
     * The agreement's amount from its signature, each amendment's change from its effective date, and, if it is
     * cancelled, the amount then in force taken out again on the cancellation date. Amendments effective from the
     * cancellation on change nothing; an agreement cancelled on or before its signature never counted.
     */
    private static void addAgreement(Map<LedgerLine, LedgerAmounts> lines, Region region, AgreementFact agreement,
                                     List<AmendmentFact> amendments, LocalDate cancelledOn) {
        if (cancelledOn != null && !cancelledOn.isAfter(agreement.signedOn)) {
            return;
        }
        add(lines, new LedgerLine(region, agreement.signedOn),
                LedgerAmounts.funding(agreement.fundingSource, agreement.chfAmount));
        BigDecimal inForce = agreement.chfAmount;
        for (AmendmentFact amendment : amendments) {
            if (cancelledOn != null && !amendment.effectiveOn.isBefore(cancelledOn)) {
                break;
            }
            add(lines, new LedgerLine(region, amendment.effectiveOn),
                    LedgerAmounts.funding(agreement.fundingSource, amendment.newChfAmount.subtract(inForce)));
            inForce = amendment.newChfAmount;
        }
        if (cancelledOn != null) {
            add(lines, new LedgerLine(region, cancelledOn),
                    LedgerAmounts.funding(agreement.fundingSource, inForce.negate()));
        }
    }

    /** This contribution less an earlier one, without the lines that did not change. */
    public Contribution minus(Contribution earlier) {
        var difference = new TreeMap<>(lines);
        earlier.lines.forEach((line, amounts) -> add(difference, line, amounts.negated()));
        difference.values().removeIf(LedgerAmounts::isNone);
        return new Contribution(difference);
    }

    /** The lines in (region, date) order, so that concurrent ledger updates lock rows in the same order. */
    public SortedMap<LedgerLine, LedgerAmounts> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private static void add(Map<LedgerLine, LedgerAmounts> lines, LedgerLine line, LedgerAmounts amounts) {
        lines.merge(line, amounts, LedgerAmounts::plus);
    }
}
