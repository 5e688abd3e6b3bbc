package org.itu.bdt.portfolio.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One project as it stood on a date: its status, its agreements' amounts, and what it adds to each breakdown. */
public record ProjectAt(ProjectFacts facts, LocalDate date) {

    /** Partner key of the ICT-DF's money; partner ids are upper case, so it cannot clash with one. */
    public static final String ITU_PARTNER_KEY = "itu";
    /** Key of a project without recipient countries or without regional initiative. */
    public static final String NONE = "none";

    /** The status at the date: the latest change on or before it, or without any change, the snapshot's. */
    public Optional<ProjectStatus> status() {
        ProjectFact project = facts.project();
        if (facts.statusChanges().isEmpty()) {
            return project == null || project.countedFrom().isAfter(date)
                    ? Optional.empty() : Optional.of(project.status);
        }
        return facts.statusChanges().stream()
                .filter(change -> !change.changedOn.isAfter(date))
                .reduce((earlier, later) -> later)
                .map(change -> change.to);
    }

    /** The CHF amount in force, or empty before the signature and from the cancellation on. */
    public Optional<BigDecimal> inForce(AgreementFact agreement) {
        if (!isActive(agreement)) {
            return Optional.empty();
        }
        return Optional.of(amendmentInForce(agreement).map(amendment -> amendment.newChfAmount)
                .orElse(agreement.chfAmount));
    }

    /** The latest amendment effective on or before the date, if any. */
    public Optional<AmendmentFact> amendmentInForce(AgreementFact agreement) {
        return facts.amendmentsOf(agreement).stream()
                .filter(amendment -> !amendment.effectiveOn.isAfter(date))
                .reduce((earlier, later) -> later);
    }

    /** The CHF amount as signed, while the agreement is in force (Figures 2 to 4 ignore amendments). */
    public Optional<BigDecimal> asSigned(AgreementFact agreement) {
        return isActive(agreement) ? Optional.of(agreement.chfAmount) : Optional.empty();
    }

    public boolean isSigned() {
        LocalDate signedOn = facts.project() == null ? null : facts.project().signedOn;
        return signedOn != null && !signedOn.isAfter(date);
    }

    /** What the project adds to every key of every dimension on this date. */
    public Map<LedgerKey, LedgerAmounts> figures() {
        var figures = new TreeMap<LedgerKey, LedgerAmounts>();
        ProjectFact project = facts.project();
        if (project == null) {
            return figures;
        }
        if (isSigned()) {
            figures.put(new LedgerKey(Dimension.SIGNED_YEAR, String.valueOf(project.signedOn.getYear())),
                    newProjectValue());
        }
        status().ifPresent(status -> {
            LedgerAmounts portfolio = portfolioValue();
            figures.put(new LedgerKey(Dimension.STATUS, status.name()), portfolio);
            if (status == ProjectStatus.ONGOING) {
                addOngoing(figures, project, portfolio);
            }
        });
        return figures;
    }

    private void addOngoing(Map<LedgerKey, LedgerAmounts> figures, ProjectFact project, LedgerAmounts portfolio) {
        ongoingKeys(project).forEach(key -> figures.put(key, portfolio));
        var funders = new TreeMap<LedgerKey, LedgerAmounts>();
        for (AgreementFact agreement : facts.agreements()) {
            if (agreement.countsInPortfolio()) {
                inForce(agreement).ifPresent(chf -> {
                    LedgerAmounts amounts = LedgerAmounts.funding(agreement.fundingSource, chf);
                    funders.merge(new LedgerKey(Dimension.FUNDING_SOURCE, agreement.fundingSource.name()), amounts,
                            LedgerAmounts::plus);
                    funders.merge(new LedgerKey(Dimension.PARTNER, partnerKey(agreement)), amounts,
                            LedgerAmounts::plus);
                });
            }
        }
        funders.forEach((key, amounts) -> figures.put(key, amounts.plus(LedgerAmounts.ONE_PROJECT)));
    }

    /** The keys an ongoing project's whole value counts under: its region, initiatives and countries. */
    static List<LedgerKey> ongoingKeys(ProjectFact project) {
        var keys = new ArrayList<LedgerKey>();
        keys.add(new LedgerKey(Dimension.REGION, project.region.name()));
        keysOr(project.initiativeCodes()).forEach(code -> keys.add(new LedgerKey(Dimension.INITIATIVE, code)));
        keysOr(project.recipientCountries).forEach(country -> keys.add(new LedgerKey(Dimension.COUNTRY, country)));
        return keys;
    }

    public static String partnerKey(AgreementFact agreement) {
        if (agreement.fundingSource == FundingSource.ITU) {
            return ITU_PARTNER_KEY;
        }
        return agreement.partnerId == null ? NONE : agreement.partnerId;
    }

    private LedgerAmounts portfolioValue() {
        LedgerAmounts value = LedgerAmounts.ONE_PROJECT;
        for (AgreementFact agreement : facts.agreements()) {
            if (agreement.countsInPortfolio()) {
                value = value.plus(inForce(agreement)
                        .map(chf -> LedgerAmounts.funding(agreement.fundingSource, chf)).orElse(LedgerAmounts.NONE));
            }
        }
        return value;
    }

    private LedgerAmounts newProjectValue() {
        LedgerAmounts value = LedgerAmounts.ONE_PROJECT;
        for (AgreementFact agreement : facts.agreements()) {
            if (agreement.fundsANewProject()) {
                value = value.plus(asSigned(agreement)
                        .map(chf -> LedgerAmounts.funding(agreement.fundingSource, chf)).orElse(LedgerAmounts.NONE));
            }
        }
        return value;
    }

    /** Signed on or before the date and not yet cancelled; one cancelled on its signature day never was. */
    private boolean isActive(AgreementFact agreement) {
        if (agreement.signedOn.isAfter(date)) {
            return false;
        }
        return facts.cancelledOn(agreement).map(cancelledOn -> cancelledOn.isAfter(date)).orElse(true);
    }

    private static List<String> keysOr(List<String> keys) {
        return keys.isEmpty() ? List.of(NONE) : keys;
    }
}
