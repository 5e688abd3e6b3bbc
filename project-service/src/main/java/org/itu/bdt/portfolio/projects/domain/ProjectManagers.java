package org.itu.bdt.portfolio.projects.domain;

import java.util.List;

/**
 * Which projects a project manager runs. The manager is a column of the full project record, which arrives with
 * another migration (V4); until then the filter refuses to guess.
 */
final class ProjectManagers {

    private ProjectManagers() {
    }

    @SuppressWarnings("unchecked")
    static List<String> projectsManagedBy(String projectManager) {
        if (!recorded()) {
            throw new InvalidPartnerReportException("projectManager", "projects have no manager recorded yet");
        }
        return Project.getEntityManager()
                .createNativeQuery("select project_number from project where project_manager = :manager")
                .setParameter("manager", projectManager)
                .getResultList();
    }

    private static boolean recorded() {
        return (Boolean) Project.getEntityManager().createNativeQuery("""
                        select exists (select 1 from information_schema.columns
                                       where table_schema = current_schema() and table_name = 'project'
                                       and column_name = 'project_manager')""")
                .getSingleResult();
    }
}
