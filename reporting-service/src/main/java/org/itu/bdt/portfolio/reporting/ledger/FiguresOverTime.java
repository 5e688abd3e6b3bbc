package org.itu.bdt.portfolio.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's figures on each date where they may change, in one pass over its facts: what {@link ProjectAt} gives
 * one date at a time, without reading every agreement again on every date. A project with a long history (monthly
 * instalments over years) would otherwise cost the square of its agreements on each of its events.
 */
final class FiguresOverTime {

    private final ProjectFacts facts;
    private final ProjectFact project;
    private final TreeMap<LocalDate, List<Step>> steps = new TreeMap<>();
    private LedgerAmounts portfolio = LedgerAmounts.NONE;
    private LedgerAmounts newProject = LedgerAmounts.NONE;
    private final Map<LedgerKey, Funding> funders = new TreeMap<>();
    private int statusChangesPassed;

    private FiguresOverTime(ProjectFacts facts) {
        this.facts = facts;
        this.project = facts.project();
    }

    /**
     * The changes of the figures on the dates from {@code from} on: on each date, each key's figures less those of
     * the day before. The dates before it cost only the sums of their agreements, not their figures, so that an event
     * of today's on a long history works out today's lines only.
     */
    static SortedMap<LedgerLine, LedgerAmounts> changes(ProjectFacts facts, LocalDate from) {
        var lines = new TreeMap<LedgerLine, LedgerAmounts>();
        if (facts.project() == null) {
            return lines;
        }
        var sweep = new FiguresOverTime(facts);
        sweep.scheduleAgreements();
        LocalDate previous = null;
        Map<LedgerKey, LedgerAmounts> before = null;
        for (LocalDate date : sweep.changeDates()) {
            if (before == null && !date.isBefore(from)) {
                before = previous == null ? Map.of() : sweep.figuresOn(previous);
            }
            sweep.steps.getOrDefault(date, List.of()).forEach(sweep::apply);
            if (before != null) {
                Map<LedgerKey, LedgerAmounts> on = sweep.figuresOn(date);
                addDifference(lines, date, before, on);
                before = on;
            }
            previous = date;
        }
        return lines;
    }

    private static void addDifference(SortedMap<LedgerLine, LedgerAmounts> lines, LocalDate date,
                                      Map<LedgerKey, LedgerAmounts> before, Map<LedgerKey, LedgerAmounts> on) {
        Set<LedgerKey> keys = new HashSet<>(before.keySet());
        keys.addAll(on.keySet());
        for (LedgerKey key : keys) {
            LedgerAmounts change = on.getOrDefault(key, LedgerAmounts.NONE)
                    .plus(before.getOrDefault(key, LedgerAmounts.NONE).negated());
            if (!change.isNone()) {
                lines.put(new LedgerLine(key.dimension(), key.key(), date), change);
            }
        }
    }

    /** Every date where a figure may change: the project counted, a status, a signature, an amendment, a cancellation. */
    private Set<LocalDate> changeDates() {
        var dates = new TreeSet<LocalDate>();
        dates.add(project.countedFrom());
        facts.statusChanges().forEach(change -> dates.add(change.changedOn));
        facts.agreements().forEach(agreement -> dates.add(agreement.signedOn));
        facts.amendments().forEach(amendment -> dates.add(amendment.effectiveOn));
        facts.cancellations().forEach(cancellation -> dates.add(cancellation.cancelledOn));
        return dates;
    }

    /**
     * Each agreement counts from its signature until its cancellation ({@link ProjectAt#inForce}), at the amount of
     * the latest amendment in force on each date, and at its amount as signed for Figures 2 to 4.
     */
    private void scheduleAgreements() {
        Map<String, LocalDate> cancellations = facts.cancellationDates();
        Map<String, List<AmendmentFact>> amendments = facts.amendmentsByAgreement();
        for (AgreementFact agreement : facts.agreements()) {
            LocalDate signedOn = agreement.signedOn;
            LocalDate cancelledOn = cancellations.get(agreement.agreementNumber);
            if (cancelledOn != null && !cancelledOn.isAfter(signedOn)) {
                continue;
            }
            if (agreement.countsInPortfolio()) {
                scheduleInForce(agreement, amendments.getOrDefault(agreement.agreementNumber, List.of()),
                        cancelledOn);
            }
            if (agreement.fundsANewProject()) {
                schedule(signedOn, new Step(agreement, 0, BigDecimal.ZERO, agreement.chfAmount));
                if (cancelledOn != null) {
                    schedule(cancelledOn, new Step(agreement, 0, BigDecimal.ZERO, agreement.chfAmount.negate()));
                }
            }
        }
    }

    private void scheduleInForce(AgreementFact agreement, List<AmendmentFact> amendments, LocalDate cancelledOn) {
        BigDecimal amount = agreement.chfAmount;
        int next = 0;
        while (next < amendments.size() && !amendments.get(next).effectiveOn.isAfter(agreement.signedOn)) {
            amount = amendments.get(next++).newChfAmount;
        }
        schedule(agreement.signedOn, new Step(agreement, 1, amount, BigDecimal.ZERO));
        for (; next < amendments.size(); next++) {
            AmendmentFact amendment = amendments.get(next);
            if (cancelledOn != null && !amendment.effectiveOn.isBefore(cancelledOn)) {
                break;
            }
            schedule(amendment.effectiveOn, new Step(agreement, 0, amendment.newChfAmount.subtract(amount),
                    BigDecimal.ZERO));
            amount = amendment.newChfAmount;
        }
        if (cancelledOn != null) {
            schedule(cancelledOn, new Step(agreement, -1, amount.negate(), BigDecimal.ZERO));
        }
    }

    private void schedule(LocalDate date, Step step) {
        steps.computeIfAbsent(date, any -> new ArrayList<>()).add(step);
    }

    private void apply(Step step) {
        AgreementFact agreement = step.agreement();
        newProject = newProject.plus(LedgerAmounts.funding(agreement.fundingSource, step.asSigned()));
        if (step.agreementsInForce() == 0 && step.inForce().signum() == 0) {
            return;
        }
        LedgerAmounts inForce = LedgerAmounts.funding(agreement.fundingSource, step.inForce());
        portfolio = portfolio.plus(inForce);
        for (LedgerKey key : List.of(new LedgerKey(Dimension.FUNDING_SOURCE, agreement.fundingSource.name()),
                new LedgerKey(Dimension.PARTNER, ProjectAt.partnerKey(agreement)))) {
            funders.merge(key, new Funding(step.agreementsInForce(), inForce), Funding::plus);
        }
    }

    /** As {@link ProjectAt#figures()} has them, from the sums of the agreements in force on the date. */
    private Map<LedgerKey, LedgerAmounts> figuresOn(LocalDate date) {
        var figures = new HashMap<LedgerKey, LedgerAmounts>();
        if (new ProjectAt(facts, date).isSigned()) {
            figures.put(new LedgerKey(Dimension.SIGNED_YEAR, String.valueOf(project.signedOn.getYear())),
                    LedgerAmounts.ONE_PROJECT.plus(newProject));
        }
        Optional<ProjectStatus> status = statusOn(date);
        if (status.isEmpty()) {
            return figures;
        }
        LedgerAmounts value = LedgerAmounts.ONE_PROJECT.plus(portfolio);
        figures.put(new LedgerKey(Dimension.STATUS, status.get().name()), value);
        if (status.get() == ProjectStatus.ONGOING) {
            ProjectAt.ongoingKeys(project).forEach(key -> figures.put(key, value));
            funders.forEach((key, funding) -> {
                if (funding.agreements() > 0) {
                    figures.put(key, LedgerAmounts.ONE_PROJECT.plus(funding.amounts()));
                }
            });
        }
        return figures;
    }

    /** As {@link ProjectAt#status()}, for dates in increasing order: the latest change on or before the date. */
    private Optional<ProjectStatus> statusOn(LocalDate date) {
        List<StatusChangeFact> changes = facts.statusChanges();
        if (changes.isEmpty()) {
            return new ProjectAt(facts, date).status();
        }
        while (statusChangesPassed < changes.size() && !changes.get(statusChangesPassed).changedOn.isAfter(date)) {
            statusChangesPassed++;
        }
        return statusChangesPassed == 0 ? Optional.empty() : Optional.of(changes.get(statusChangesPassed - 1).to);
    }

    /** An agreement's change on a date: in force from (+1) or until (-1) it, and the amounts it adds or takes. */
    private record Step(AgreementFact agreement, int agreementsInForce, BigDecimal inForce, BigDecimal asSigned) {
    }

    /** The agreements in force under a funder's key, and their amounts. */
    private record Funding(int agreements, LedgerAmounts amounts) {
        Funding plus(Funding other) {
            return new Funding(agreements + other.agreements, amounts.plus(other.amounts));
        }
    }
}
