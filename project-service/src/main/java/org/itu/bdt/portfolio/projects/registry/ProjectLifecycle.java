package org.itu.bdt.portfolio.projects.registry;

/**
 * The lifecycle's part in the registry's use cases. The lifecycle moves projects, so it depends on the registry; it
 * implements this interface so that the registry can ask for its steps without depending on it in return.
 */
public interface ProjectLifecycle {

    /** Records the status a project was registered or imported with as the first step of its history. */
    void recordFirstStatus(Project project, String actor);

    /** The failure of a revision that tried to set the status instead of asking for a transition. */
    RuntimeException statusSetThroughRevision(Project project, ProjectStatus requested);

    /** Starts an APPROVED project on the signature of its first agreement; any other status stays as it is. */
    void firstAgreementSigned(Project project, ProjectAgreement agreement);
}
