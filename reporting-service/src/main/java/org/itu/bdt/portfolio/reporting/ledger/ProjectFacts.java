package org.itu.bdt.portfolio.reporting.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything known about one project, whatever order its events arrived in. Each change returns new facts;
 * a change already known (a duplicate, an older revision) returns the same facts.
 *
 * @param project null until the project itself has been seen
 */
public record ProjectFacts(ProjectFact project, List<AgreementFact> agreements, List<AmendmentFact> amendments,
                           List<CancellationFact> cancellations, List<StatusChangeFact> statusChanges) {

    // funding-service's order: same-day amendments by sequence; events from before they carried one (null) come
    // first, among themselves by id as they always were
    private static final Comparator<AmendmentFact> IN_EFFECT_ORDER = Comparator
            .comparing((AmendmentFact amendment) -> amendment.effectiveOn)
            .thenComparing(amendment -> amendment.sequence, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(amendment -> amendment.amendmentId);
    private static final Comparator<StatusChangeFact> HISTORY_ORDER = Comparator
            .comparing((StatusChangeFact change) -> change.changedOn)
            .thenComparingInt(change -> change.revision);
    private static final Comparator<AgreementFact> AGREEMENT_ORDER =
            Comparator.comparing(agreement -> agreement.agreementNumber);

    public ProjectFacts {
        agreements = agreements.stream().sorted(AGREEMENT_ORDER).toList();
        amendments = List.copyOf(amendments);
        cancellations = List.copyOf(cancellations);
        statusChanges = statusChanges.stream().sorted(HISTORY_ORDER).toList();
    }

    public static ProjectFacts none() {
        return new ProjectFacts(null, List.of(), List.of(), List.of(), List.of());
    }

    public ProjectFacts with(ProjectFact revision) {
        return revision.supersedes(project)
                ? new ProjectFacts(revision, agreements, amendments, cancellations, statusChanges) : this;
    }

    public ProjectFacts with(AgreementFact agreement) {
        boolean known = agreements.stream().anyMatch(a -> a.agreementNumber.equals(agreement.agreementNumber));
        return known ? this : new ProjectFacts(project, append(agreements, agreement), amendments, cancellations,
                statusChanges);
    }

    public ProjectFacts with(AmendmentFact amendment) {
        boolean known = amendments.stream().anyMatch(a -> a.amendmentId.equals(amendment.amendmentId));
        return known ? this : new ProjectFacts(project, agreements, append(amendments, amendment), cancellations,
                statusChanges);
    }

    /** An agreement is cancelled once: a second cancellation of it changes nothing. */
    public ProjectFacts with(CancellationFact cancellation) {
        boolean known = cancellationOf(cancellation.agreementNumber).isPresent();
        return known ? this : new ProjectFacts(project, agreements, amendments, append(cancellations, cancellation),
                statusChanges);
    }

    /** A project takes one status per revision: a second change with the same revision changes nothing. */
    public ProjectFacts with(StatusChangeFact change) {
        boolean known = statusChanges.stream().anyMatch(c -> c.revision == change.revision);
        return known ? this : new ProjectFacts(project, agreements, amendments, cancellations,
                append(statusChanges, change));
    }

    public ProjectAt at(LocalDate date) {
        return new ProjectAt(this, date);
    }

    public Contribution contribution() {
        return Contribution.of(this);
    }

    /** The contribution's lines on the dates from {@code from} on. */
    public Contribution contributionFrom(LocalDate from) {
        return Contribution.from(this, from);
    }

    /**
     * The first date on which these facts' figures can differ from those of {@code earlier}, the same project's facts
     * before some events (these facts having been made from them by {@code with}): a new agreement counts from its
     * signature, an amendment from its effective date, a cancellation from its date (one on or before the signature
     * takes the agreement out from the signature on), a status change from its date. A new record of the project, or
     * its first status change (which replaces the record's status on every date), can change any date:
     * {@link LocalDate#MIN}. Empty when nothing changed.
     */
    public Optional<LocalDate> changedFrom(ProjectFacts earlier) {
        if (project != earlier.project || (earlier.statusChanges.isEmpty() && !statusChanges.isEmpty())) {
            return Optional.of(LocalDate.MIN);
        }
        return Stream.of(added(earlier.agreements, agreements).map(agreement -> agreement.signedOn),
                        added(earlier.amendments, amendments).map(amendment -> amendment.effectiveOn),
                        added(earlier.cancellations, cancellations).map(cancellation -> cancellation.cancelledOn),
                        added(earlier.statusChanges, statusChanges).map(change -> change.changedOn))
                .flatMap(dates -> dates)
                .min(Comparator.naturalOrder());
    }

    /** The facts of {@code later} not in {@code earlier}: the facts kept are the same instances, so identity tells. */
    static <T> Stream<T> added(List<T> earlier, List<T> later) {
        Set<T> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(earlier);
        return later.stream().filter(fact -> !known.contains(fact));
    }

    public List<AmendmentFact> amendmentsOf(AgreementFact agreement) {
        return amendments.stream()
                .filter(amendment -> amendment.agreementNumber.equals(agreement.agreementNumber))
                .sorted(IN_EFFECT_ORDER)
                .toList();
    }

    /** Each agreement's amendments in the order they take effect, by agreement number. */
    public Map<String, List<AmendmentFact>> amendmentsByAgreement() {
        return amendments.stream().sorted(IN_EFFECT_ORDER)
                .collect(Collectors.groupingBy(amendment -> amendment.agreementNumber));
    }

    /** The date each cancelled agreement stops counting, by agreement number: its first cancellation's. */
    public Map<String, LocalDate> cancellationDates() {
        Map<String, LocalDate> dates = new HashMap<>();
        cancellations.forEach(cancellation -> dates.putIfAbsent(cancellation.agreementNumber,
                cancellation.cancelledOn));
        return dates;
    }

    public Optional<LocalDate> cancelledOn(AgreementFact agreement) {
        return cancellationOf(agreement.agreementNumber).map(cancellation -> cancellation.cancelledOn);
    }

    private Optional<CancellationFact> cancellationOf(String agreementNumber) {
        return cancellations.stream()
                .filter(cancellation -> cancellation.agreementNumber.equals(agreementNumber))
                .findFirst();
    }

    private static <T> List<T> append(List<T> list, T element) {
        return Stream.concat(list.stream(), Stream.of(element)).toList();
    }
}
