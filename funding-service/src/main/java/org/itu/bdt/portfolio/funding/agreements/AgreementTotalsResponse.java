package org.itu.bdt.portfolio.funding.agreements;


import java.time.LocalDate;
import java.util.List;

/**
 * A page of per-project totals.
 *
 * @param next the value of {@code after} for the next page; null on the last page
 */
public record AgreementTotalsResponse(LocalDate asOf, List<ProjectTotals> projects, String next) {

    static AgreementTotalsResponse of(LocalDate asOf, List<ProjectTotals> projects, int limit) {
        String next = projects.size() < limit ? null : projects.get(projects.size() - 1).projectNumber();
        return new AgreementTotalsResponse(asOf, projects, next);
    }
}
