package org.itu.bdt.portfolio.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads and stores the facts of one project. */
@ApplicationScoped
public class PortfolioFacts {

    private final EntityManager entityManager;

    PortfolioFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Serialises the events of one project until the transaction ends, across both consumers and across
     * replicas, even before any row of the project exists.
     */
    public void lock(String projectNumber) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", projectNumber)
                .getSingleResult();
    }

    public ProjectFacts of(String projectNumber) {
        ProjectFact project = ProjectFact.findById(projectNumber);
        List<AgreementFact> agreements = AgreementFact.list("projectNumber", projectNumber);
        List<AmendmentFact> amendments = AmendmentFact.list("projectNumber", projectNumber);
        List<CancellationFact> cancellations = CancellationFact.list("projectNumber", projectNumber);
        List<StatusChangeFact> statusChanges = StatusChangeFact.list("projectNumber", projectNumber);
        return new ProjectFacts(project, agreements, amendments, cancellations, statusChanges);
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
        after.agreements().stream().filter(agreement -> !before.agreements().contains(agreement))
                .forEach(entityManager::persist);
        after.amendments().stream().filter(amendment -> !before.amendments().contains(amendment))
                .forEach(entityManager::persist);
        after.cancellations().stream().filter(cancellation -> !before.cancellations().contains(cancellation))
                .forEach(entityManager::persist);
        after.statusChanges().stream().filter(change -> !before.statusChanges().contains(change))
                .forEach(entityManager::persist);
    }

    /** Keeps the newest label of each initiative the project names, for the breakdown by initiative. */
    public void rememberLabels(ProjectFact project) {
        project.regionalInitiatives.stream().filter(initiative -> initiative.label() != null)
                .forEach(initiative -> entityManager.createNativeQuery("""
                                insert into initiative_label (code, label) values (:code, :label)
                                on conflict (code) do update set label = excluded.label""")
                        .setParameter("code", initiative.code())
                        .setParameter("label", initiative.label())
                        .executeUpdate());
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

    /** The facts of every project signed in a year, up to a date, in project number order. */
    public List<ProjectFacts> signedIn(int year, LocalDate asOf) {
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ProjectFact> projects = ProjectFact.list("signedOn >= ?1 and signedOn <= ?2 order by projectNumber",
                LocalDate.of(year, 1, 1), asOf.isBefore(last) ? asOf : last);
        return projects.stream().map(project -> of(project.projectNumber)).toList();
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
        return numbers.stream().map(this::of).filter(facts -> facts.project() != null).toList();
    }

    /** Records which keys the project touches now, so that a drill-down finds it. */
    public void rememberKeys(String projectNumber, Set<LedgerKey> keys) {
        entityManager.createNativeQuery("delete from project_membership where project_number = :project")
                .setParameter("project", projectNumber)
                .executeUpdate();
        keys.forEach(key -> entityManager.createNativeQuery("""
                        insert into project_membership (dimension, dimension_key, project_number)
                        values (:dimension, :key, :project)""")
                .setParameter("dimension", key.dimension().name())
                .setParameter("key", key.key())
                .setParameter("project", projectNumber)
                .executeUpdate());
    }
}
