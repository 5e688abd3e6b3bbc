package org.itu.bdt.portfolio.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

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
        return new ProjectFacts(project, agreements, amendments, cancellations);
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
    }
}
