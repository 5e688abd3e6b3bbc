package org.itu.bdt.portfolio.tools.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project of the synthetic portfolio: copied from a reference project (region, scope, initiative, title),
 * signed on a day of the ten years, ONGOING from its signature and operationally closed at its end date when that
 * is past ({@code closedOn}, else null).
 */
public record SyntheticProject(String number, String title, String region, String scope, String regionalInitiative,
                               LocalDate signedOn, LocalDate startDate, LocalDate endDate, LocalDate closedOn,
                               List<SyntheticAgreement> agreements) {

    /** Figure 1 counts a project by its status on the date: ONGOING. */
    public boolean ongoingOn(LocalDate date) {
        return !signedOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
    }

    public BigDecimal partnerChfOn(LocalDate date) {
        return agreements.stream().filter(a -> !a.itu()).map(a -> a.chfOn(date))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal ituChfOn(LocalDate date) {
        return agreements.stream().filter(SyntheticAgreement::itu).map(a -> a.chfOn(date))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
