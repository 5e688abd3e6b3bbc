package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads and stores the facts of projects. */
@ApplicationScoped
public class PortfolioFacts {

    private final EntityManager entityManager;

    PortfolioFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Serialises the events of the projects (and partners) named by the keys until the transaction ends, across both
     * consumers and across replicas, even before any row of them exists. The locks are taken in one order, that of
     * their hashes, so that two batches sharing projects wait for each other and never deadlock.
     */
    public void lock(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        select count(pg_advisory_xact_lock(hash)) from (
                            select distinct hashtext(key) as hash from unnest(cast(:keys as text[])) key
                            order by hash offset 0) ordered""")
                .setParameter("keys", keys.toArray(String[]::new))
                .getSingleResult();
    }

    public ProjectFacts of(String projectNumber) {
        return of(List.of(projectNumber)).get(projectNumber);
    }

    /**
     * The facts of several projects, in project number order, read in five queries rather than five per project:
     * each query is a round trip, and on a busy machine the round trips, not the rows, are what a batch waits for.
     * A project never seen has no facts.
     */
    public Map<String, ProjectFacts> of(Collection<String> projectNumbers) {
        if (projectNumbers.isEmpty()) {
            return new TreeMap<>();
        }
        return new TreeMap<>(read(List.copyOf(new TreeSet<>(projectNumbers))));
    }

    private Map<String, ProjectFacts> read(List<String> numbers) {
        Map<String, ProjectFact> projects = ofProjects(ProjectFact.class, "project_fact", numbers).stream()
                .collect(Collectors.toMap(project -> project.projectNumber, project -> project));
        Map<String, List<AgreementFact>> agreements = byProject(
                ofProjects(AgreementFact.class, "agreement_fact", numbers), fact -> fact.projectNumber);
        Map<String, List<AmendmentFact>> amendments = byProject(
                ofProjects(AmendmentFact.class, "amendment_fact", numbers), fact -> fact.projectNumber);
        Map<String, List<CancellationFact>> cancellations = byProject(
                ofProjects(CancellationFact.class, "cancellation_fact", numbers), fact -> fact.projectNumber);
        Map<String, List<StatusChangeFact>> statusChanges = byProject(
                ofProjects(StatusChangeFact.class, "status_change_fact", numbers), fact -> fact.projectNumber);
        Map<String, ProjectFacts> facts = new HashMap<>();
        for (String number : numbers) {
            facts.put(number, new ProjectFacts(projects.get(number), agreements.getOrDefault(number, List.of()),
                    amendments.getOrDefault(number, List.of()), cancellations.getOrDefault(number, List.of()),
                    statusChanges.getOrDefault(number, List.of())));
        }
        return facts;
    }

    /**
     * The rows of the projects, with the numbers as one array parameter: an {@code in} list of another length is
     * another statement for Hibernate to translate and PostgreSQL to plan (100-200 ms each in a JVM just started).
     * Agreements, amendments, cancellations and status changes never change once written, so they are read only:
     * Hibernate then keeps no copy of each to compare at commit, which for a long history cost as much as the read.
     */
    private <T> List<T> ofProjects(Class<T> entity, String table, List<String> numbers) {
        @SuppressWarnings("unchecked")
        List<T> rows = entityManager.createNativeQuery(
                        "select * from " + table + " where project_number = any(cast(:numbers as text[]))", entity)
                .setParameter("numbers", numbers.toArray(String[]::new))
                .setHint(HibernateHints.HINT_READ_ONLY, entity != ProjectFact.class)
                .getResultList();
        return rows;
    }

    private static <T> Map<String, List<T>> byProject(List<T> facts, Function<T, String> project) {
        return facts.stream().collect(Collectors.groupingBy(project));
    }

    /**
     * Writes what {@code after} adds to {@code before}. A new agreement, amendment or cancellation number that
     * another project already holds fails the insert, so the event goes to the dead-letter topic instead of moving
     * money silently.
     */
    public void save(ProjectFacts before, ProjectFacts after) {
        if (after.project() != before.project()) {
            entityManager.merge(after.project());
        }
        persistNew(before.agreements(), after.agreements());
        persistNew(before.amendments(), after.amendments());
        persistNew(before.cancellations(), after.cancellations());
        persistNew(before.statusChanges(), after.statusChanges());
    }

    private <T> void persistNew(List<T> before, List<T> after) {
        ProjectFacts.added(before, after).forEach(entityManager::persist);
    }

    /** A page of the known projects' numbers, in order, after the given one ("" for the first page). */
    public List<String> projectNumbersAfter(String after, int limit) {
        @SuppressWarnings("unchecked")
        List<String> numbers = entityManager.createNativeQuery("""
                        select project_number from project_fact where project_number > :after
                        order by project_number limit :limit""")
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
        return numbers;
    }

    /** The labels a project's record gives its initiatives, by code. */
    public static Map<String, String> labels(ProjectFact project) {
        Map<String, String> labels = new TreeMap<>();
        project.regionalInitiatives.stream().filter(initiative -> initiative.label() != null)
                .forEach(initiative -> labels.put(initiative.code(), initiative.label()));
        return labels;
    }

    /**
     * Keeps the newest label of each initiative, for the breakdown by initiative; in code order, so that two batches
     * naming the same initiatives never deadlock.
     */
    public void rememberLabels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        Map<String, String> inCodeOrder = new TreeMap<>(labels);
        entityManager.createNativeQuery("""
                        insert into initiative_label (code, label)
                        select * from unnest(cast(:codes as text[]), cast(:labels as text[]))
                        on conflict (code) do update set label = excluded.label""")
                .setParameter("codes", inCodeOrder.keySet().toArray(String[]::new))
                .setParameter("labels", inCodeOrder.values().toArray(String[]::new))
                .executeUpdate();
    }

    /** Every initiative label known, by code. */
    public Map<String, String> initiativeLabels() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select code, label from initiative_label")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** Every partner's name, by id. */
    public Map<String, String> partnerNames() {
        return PartnerFact.<PartnerFact>streamAll()
                .collect(Collectors.toMap(partner -> partner.partnerId, partner -> partner.name));
    }

    public void save(PartnerFact partner) {
        entityManager.merge(partner);
    }

    /**
     * The facts of the projects signed in a year, up to a date, that have an ITU line (at any date), in project
     * number order: those that may be on Figure 4.
     */
    public List<ProjectFacts> signedInWithAnItuLine(int year, LocalDate asOf) {
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ProjectFact> projects = ProjectFact.list("""
                        from ProjectFact p where p.signedOn >= ?1 and p.signedOn <= ?2 and exists (
                          select 1 from AgreementFact a where a.projectNumber = p.projectNumber and a.fundingSource = ?3)
                        order by p.projectNumber""",
                LocalDate.of(year, 1, 1), asOf.isBefore(last) ? asOf : last, FundingSource.ITU);
        return List.copyOf(of(projects.stream().map(project -> project.projectNumber).toList()).values());
    }

    /** The facts of the projects that ever counted under a key, in project number order. */
    public List<ProjectFacts> under(LedgerKey key) {
        @SuppressWarnings("unchecked")
        List<String> numbers = entityManager.createNativeQuery("""
                        select project_number from project_membership
                        where dimension = :dimension and dimension_key = :key order by project_number""")
                .setParameter("dimension", key.dimension().name())
                .setParameter("key", key.key())
                .getResultList();
        return of(numbers).values().stream().filter(facts -> facts.project() != null).toList();
    }

    /**
     * Records which keys each project touches now, so that a drill-down finds it: two statements, whatever the
     * projects and their keys.
     */
    public void rememberKeys(Map<String, Set<LedgerKey>> keysByProject) {
        if (keysByProject.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery(
                        "delete from project_membership where project_number = any(cast(:projects as text[]))")
                .setParameter("projects", keysByProject.keySet().toArray(String[]::new))
                .executeUpdate();
        addKeys(keysByProject);
    }

    /** Records keys the projects touch besides those already recorded: one statement. */
    public void addKeys(Map<String, Set<LedgerKey>> keysByProject) {
        List<String[]> rows = keysByProject.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(key ->
                        new String[] {key.dimension().name(), key.key(), entry.getKey()}))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into project_membership (dimension, dimension_key, project_number)
                        select * from unnest(cast(:dimensions as text[]), cast(:keys as text[]),
                                             cast(:projects as text[]))
                        on conflict do nothing""")
                .setParameter("dimensions", rows.stream().map(row -> row[0]).toArray(String[]::new))
                .setParameter("keys", rows.stream().map(row -> row[1]).toArray(String[]::new))
                .setParameter("projects", rows.stream().map(row -> row[2]).toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * Writes the transaction's facts when it commits rather than before each query. A batch reads the facts of every
     * project it changes before it writes any (no query needs an earlier write), and before each statement Hibernate
     * would otherwise compare every fact loaded so far with its snapshot: a batch then cost the square of its facts.
     */
    public void writeAtCommit() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }
}
