package org.itu.bdt.portfolio.projects.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

    private static final ProjectDetails DETAILS = new ProjectDetails("Connecting schools", Region.AFRICA,
            Scope.REGIONAL, "AFR2", LocalDate.of(2024, 3, 12), LocalDate.of(2024, 4, 1),
            LocalDate.of(2027, 12, 31), ProjectStatus.ONGOING);

    @Test
    void aNewProjectStartsAtVersion1() {
        assertThat(new Project("9RAF24107", DETAILS, LocalDate.of(2024, 3, 12), true).version()).isEqualTo(1);
    }

    @Test
    void revisingWithTheSameDetailsChangesNothing() {
        Project project = new Project("9RAF24107", DETAILS, LocalDate.of(2024, 3, 12), true);

        assertThat(project.revise(DETAILS)).isFalse();
    }

    @Test
    void revisingWithOtherDetailsReplacesThem() {
        Project project = new Project("9RAF24107", DETAILS, LocalDate.of(2024, 3, 12), true);
        ProjectDetails retitled = new ProjectDetails("Connecting schools and clinics", Region.AFRICA, Scope.REGIONAL,
                null, null, null, null, ProjectStatus.ONGOING);

        assertThat(project.revise(retitled)).isTrue();
        assertThat(project.details()).isEqualTo(retitled);
    }

    @Test
    void anEndBeforeTheStartIsRejectedNamingEndDate() {
        assertThatThrownBy(() -> new ProjectDetails("t", Region.EUROPE, Scope.NATIONAL, null, null,
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31), null))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"))
                .hasMessage("must not be before startDate 2024-04-01");
    }

    @Test
    void aProjectMayEndOnTheDayItStarts() {
        LocalDate day = LocalDate.of(2024, 4, 1);

        assertThat(new ProjectDetails("t", Region.EUROPE, Scope.NATIONAL, null, null, day, day, null).endDate())
                .isEqualTo(day);
    }

    @Test
    void aMissingStatusTakesTheFallbackAndAGivenOneStays() {
        ProjectDetails withoutStatus = new ProjectDetails("t", Region.CIS, Scope.NATIONAL, null, null, null, null, null);

        assertThat(withoutStatus.withStatusIfAbsent(ProjectStatus.PROPOSED).status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(DETAILS.withStatusIfAbsent(ProjectStatus.PROPOSED).status()).isEqualTo(ProjectStatus.ONGOING);
    }
}
