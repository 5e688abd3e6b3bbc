package org.itu.bdt.portfolio.funding.agreements;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's funding in effect on a date, by source, kind and type of contribution, in exact CHF: each agreement
 * signed by then at the amount of its latest amendment effective by then, unless it was cancelled by then.
 *
 * @param amendmentsApplied    amendments effective by the date
 * @param cancellationsApplied agreements cancelled on or before the date (counted in no amount)
 */
public record ProjectTotals(String projectNumber, List<Line> lines, long amendmentsApplied,
                            long cancellationsApplied) {

    public ProjectTotals {
        lines = List.copyOf(lines);
    }

    /** @param agreements agreements in effect, i.e. not cancelled by the date */
    public record Line(FundingSource fundingSource, AgreementKind kind, ContributionType contribution,
                       long agreements, BigDecimal chfInEffect) {
    }
}
