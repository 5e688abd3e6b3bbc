package org.itu.bdt.portfolio.projects.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectProfileTest {

    @Test
    void isoCountryCodesAreAccepted() {
        assertThat(countries("TH", "MN", "SN").recipientCountries()).containsExactly("TH", "MN", "SN");
    }

    @Test
    void anUnknownCountryIsRejectedNamingItsIndex() {
        assertThatThrownBy(() -> countries("TH", "XX"))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("recipientCountries[1]"))
                .hasMessage("must be an ISO 3166-1 alpha-2 country code, e.g. TH");
    }

    @Test
    void aLowerCaseOrThreeLetterOrMissingCountryIsRejected() {
        assertThatThrownBy(() -> countries("th")).hasMessageStartingWith("must be an ISO 3166-1 alpha-2");
        assertThatThrownBy(() -> countries("THA")).hasMessageStartingWith("must be an ISO 3166-1 alpha-2");
        assertThatThrownBy(() -> countries("TH", null))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("recipientCountries[1]"));
    }

    @Test
    void aCountryListedTwiceIsRejected() {
        assertThatThrownBy(() -> countries("MN", "MN")).hasMessage("lists MN twice");
    }

    @Test
    void aDocumentNeedsATitleAndAnHttpUrl() {
        assertThatThrownBy(() -> documents(new ProjectDocument("Project document", "https://itu.int/pd.pdf"),
                new ProjectDocument(" ", "https://itu.int/a.pdf")))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("documents[1].title"));
        assertThatThrownBy(() -> documents(new ProjectDocument("Agreement", "ftp://itu.int/a.pdf")))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("documents[0].url"));
        assertThatThrownBy(() -> documents(new ProjectDocument("Agreement", "not a url")))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("documents[0].url"));
    }

    @Test
    void anActualEndBeforeTheActualStartIsRejectedNamingActualEndDate() {
        assertThatThrownBy(() -> new ActivityDates(null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("actualEndDate"))
                .hasMessage("must not be before actualStartDate 2024-05-01");
    }

    @Test
    void plannedDatesDefaultToTheStartAndEndAndAGivenOneStays() {
        ProjectProfile profile = new ProjectProfile(null, null, null, null,
                new ActivityDates(null, LocalDate.of(2026, 6, 30), null, null), null);
        ProjectDetails details = new ProjectDetails("t", Region.CIS, Scope.NATIONAL, List.of(), null,
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 12, 31), null, profile);

        assertThat(details.profile().activityDates())
                .isEqualTo(new ActivityDates(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 6, 30), null, null));
    }

    private static ProjectProfile countries(String... codes) {
        return new ProjectProfile(null, Arrays.asList(codes), null, null, null, null);
    }

    private static ProjectProfile documents(ProjectDocument... documents) {
        return new ProjectProfile(null, null, null, null, null, List.of(documents));
    }
}
