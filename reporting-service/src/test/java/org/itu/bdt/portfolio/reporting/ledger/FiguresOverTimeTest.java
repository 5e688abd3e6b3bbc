package org.itu.bdt.portfolio.reporting.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass walk must give exactly the lines that {@link ProjectAt}, the definition of a project's figures on a
 * date, gives when asked date by date: checked on random projects whose events crowd a few weeks, so that
 * signatures, amendments, cancellations and status changes fall on the same days and in every order.
 */
class FiguresOverTimeTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final List<String> PARTNERS = List.of("EC", "KOR", "ESP");

    @Test
    void walkingAProjectsHistoryOnceGivesTheFiguresOfEveryDateAskedOneByOne() {
        var random = new Random(20261205);
        for (int project = 0; project < 3_000; project++) {
            ProjectFacts facts = randomProject(random);

            assertThat(FiguresOverTime.changes(facts, LocalDate.MIN)).as("project %d: %s", project, facts)
                    .isEqualTo(dateByDate(facts));
        }
    }

    @Test
    void theChangeWorkedOutFromTheFirstDateTheEventsCanChangeIsTheWholeChange() {
        var random = new Random(5122026);
        int partlyRecounted = 0;
        for (int project = 0; project < 3_000; project++) {
            ProjectFacts before = randomProject(random);
            ProjectFacts after = random.nextInt(10) == 0 ? before.with(randomRecord(random, 2))
                    : withRandomEvents(random, before, 3);
            SortedMap<LedgerLine, LedgerAmounts> whole = after.contribution().minus(before.contribution()).lines();

            Optional<LocalDate> from = after.changedFrom(before);

            if (from.isEmpty()) {
                assertThat(whole).as("project %d", project).isEmpty();
            } else {
                assertThat(after.contributionFrom(from.get()).minus(before.contributionFrom(from.get())).lines())
                        .as("project %d from %s: %s after %s", project, from.get(), after, before).isEqualTo(whole);
                partlyRecounted += from.get().equals(LocalDate.MIN) || whole.isEmpty() ? 0 : 1;
            }
        }
        assertThat(partlyRecounted).isGreaterThan(1_000);
    }

    @Test
    void aProgrammeOfMonthlyInstalmentsCountsEachInstalmentOnItsDay() {
        ProjectFacts facts = ProjectFacts.none().with(new ProjectFact("9RAF24107", Region.AFRICA,
                ProjectStatus.ONGOING, FIRST_DAY, null, 1));
        for (int month = 0; month < 120; month++) {
            facts = facts.with(fundedBy(new AgreementFact("9RAF24107-%03d".formatted(month), "9RAF24107",
                    FundingSource.PARTNER, new BigDecimal("1000.00"), FIRST_DAY.plusMonths(month),
                    AgreementKind.SUPPLEMENTARY_AGREEMENT, ContributionType.CASH), "EC"));
        }

        SortedMap<LedgerLine, LedgerAmounts> lines = FiguresOverTime.changes(facts, LocalDate.MIN);

        assertThat(lines).containsEntry(new LedgerLine(Dimension.REGION, "AFRICA", FIRST_DAY.plusMonths(119)),
                new LedgerAmounts(0, new BigDecimal("1000.00"), BigDecimal.ZERO));
        assertThat(lines.entrySet().stream().filter(line -> line.getKey().dimension() == Dimension.PARTNER)
                .mapToInt(line -> line.getValue().projects()).sum()).isEqualTo(1);
        assertThat(lines).isEqualTo(dateByDate(facts));
    }

    /** The definition: on each date where anything may change, the figures of that date less the day before's. */
    private static SortedMap<LedgerLine, LedgerAmounts> dateByDate(ProjectFacts facts) {
        var lines = new TreeMap<LedgerLine, LedgerAmounts>();
        if (facts.project() == null) {
            return lines;
        }
        var dates = new TreeSet<LocalDate>();
        dates.add(facts.project().countedFrom());
        facts.statusChanges().forEach(change -> dates.add(change.changedOn));
        facts.agreements().forEach(agreement -> dates.add(agreement.signedOn));
        facts.amendments().forEach(amendment -> dates.add(amendment.effectiveOn));
        facts.cancellations().forEach(cancellation -> dates.add(cancellation.cancelledOn));
        Map<LedgerKey, LedgerAmounts> before = Map.of();
        for (LocalDate date : dates) {
            Map<LedgerKey, LedgerAmounts> on = facts.at(date).figures();
            Set<LedgerKey> keys = new HashSet<>(before.keySet());
            keys.addAll(on.keySet());
            for (LedgerKey key : keys) {
                LedgerAmounts change = on.getOrDefault(key, LedgerAmounts.NONE)
                        .plus(before.getOrDefault(key, LedgerAmounts.NONE).negated());
                if (!change.isNone()) {
                    lines.put(new LedgerLine(key.dimension(), key.key(), date), change);
                }
            }
            before = on;
        }
        return lines;
    }

    private static ProjectFacts randomProject(Random random) {
        return withRandomEvents(random, ProjectFacts.none().with(randomRecord(random, 1)), 7);
    }

    private static ProjectFact randomRecord(Random random, int revision) {
        return new ProjectFact("7MNE24002", pick(random, Region.values()), pick(random, ProjectStatus.values()),
                random.nextInt(4) == 0 ? null : day(random), random.nextBoolean() ? null : day(random), revision)
                .describedAs(new ProjectDescription("t", "NATIONAL", null, List.of(new Initiative("EUR1", null)),
                        random.nextBoolean() ? List.of() : List.of("MNE", "SRB"), null, null, true));
    }

    /** Up to about {@code events} of each kind, among a dozen agreement numbers (some never signed). */
    private static ProjectFacts withRandomEvents(Random random, ProjectFacts facts, int events) {
        for (int i = random.nextInt(events); i > 0; i--) {
            facts = facts.with(agreement(random, agreementNumber(random)));
        }
        for (int i = random.nextInt(events); i > 0; i--) {
            facts = facts.with(new AmendmentFact("A" + random.nextInt(100), agreementNumber(random), "7MNE24002",
                    day(random), random.nextBoolean() ? null : random.nextInt(3), amount(random), null));
        }
        for (int i = random.nextInt(events / 2 + 1); i > 0; i--) {
            facts = facts.with(new CancellationFact(agreementNumber(random), "7MNE24002", day(random)));
        }
        for (int i = random.nextInt(events / 2 + 1); i > 0; i--) {
            facts = facts.with(new StatusChangeFact("7MNE24002", random.nextInt(9), null,
                    pick(random, ProjectStatus.values()), day(random), null, null, false));
        }
        return facts;
    }

    private static String agreementNumber(Random random) {
        return "7MNE24002-" + random.nextInt(12);
    }

    private static AgreementFact agreement(Random random, String number) {
        FundingSource source = pick(random, FundingSource.values());
        return fundedBy(new AgreementFact(number, "7MNE24002", source, amount(random), day(random),
                pick(random, AgreementKind.values()), random.nextInt(5) == 0 ? ContributionType.IN_KIND
                : ContributionType.CASH), random.nextInt(5) == 0 ? null : pick(random, PARTNERS));
    }

    private static AgreementFact fundedBy(AgreementFact agreement, String partnerId) {
        agreement.partnerId = partnerId;
        return agreement;
    }

    private static BigDecimal amount(Random random) {
        return random.nextInt(8) == 0 ? new BigDecimal("0.00") : BigDecimal.valueOf(random.nextInt(1_000_000), 2);
    }

    private static LocalDate day(Random random) {
        return FIRST_DAY.plusDays(random.nextInt(40));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
