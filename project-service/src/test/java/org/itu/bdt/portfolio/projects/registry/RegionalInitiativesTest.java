package org.itu.bdt.portfolio.projects.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionalInitiativesTest {

    @Test
    void theReportsInitiativesCarryTheReportsLabels() {
        assertThat(List.of("AFR2", "AFR3", "ASP1", "ASP2", "ASP5", "CIS3", "EUR2")).map(RegionalInitiatives::withLabel)
                .extracting(RegionalInitiative::label)
                .containsExactly("Infrastructure and connectivity", "Trust, security and safety", "LDCs, SIDS and LLDCs",
                        "Digital economy and inclusive digital society", "Secure and resilient ICT",
                        "Enabling regulatory environment", "Digital transformation");
    }

    @Test
    void theCodelistHasFiveLabelledInitiativesPerRegionAndMultiple() {
        List<RegionalInitiative> all = RegionalInitiatives.of(Optional.empty());

        assertThat(all).hasSize(31).allSatisfy(initiative -> assertThat(initiative.label()).isNotBlank());
        assertThat(all.get(30)).isEqualTo(new RegionalInitiative("MULTIPLE", "Multiple"));
    }

    @Test
    void aRegionsCodelistIsItsOwnFiveAndMultiple() {
        assertThat(RegionalInitiatives.of(Optional.of(Region.CIS))).extracting(RegionalInitiative::code)
                .containsExactly("CIS1", "CIS2", "CIS3", "CIS4", "CIS5", "MULTIPLE");
    }

    @Test
    void anInterRegionalProjectMayHaveAnyInitiative() {
        assertThat(RegionalInitiatives.of(Optional.of(Region.INTER_REGIONAL))).hasSize(31);
        assertThatCode(() -> check(Region.INTER_REGIONAL, Scope.INTER_REGIONAL, "AFR2", "EUR2")).doesNotThrowAnyException();
        assertThatCode(() -> check(Region.AFRICA, Scope.INTER_REGIONAL, "AFR2", "ASP5")).doesNotThrowAnyException();
    }

    @Test
    void severalInitiativesOfTheProjectsRegionAreAccepted() {
        assertThatCode(() -> check(Region.ASIA_PACIFIC, Scope.REGIONAL, "ASP1", "ASP5")).doesNotThrowAnyException();
    }

    @Test
    void multipleIsAcceptedInAnyRegion() {
        assertThatCode(() -> check(Region.EUROPE, Scope.NATIONAL, "MULTIPLE")).doesNotThrowAnyException();
    }

    @Test
    void anInitiativeOfAnotherRegionIsRejectedNamingItsIndex() {
        assertThatThrownBy(() -> check(Region.ASIA_PACIFIC, Scope.REGIONAL, "ASP5", "AFR2"))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("regionalInitiatives[1]"))
                .hasMessage("AFR2 is not an initiative of ASIA_PACIFIC; expected ASP1 to 5");
    }

    @Test
    void anUnknownCodeIsRejectedNamingItsIndex() {
        assertThatThrownBy(() -> check(Region.AFRICA, Scope.REGIONAL, "AFR6"))
                .isInstanceOfSatisfying(InvalidProjectException.class,
                        e -> assertThat(e.field()).isEqualTo("regionalInitiatives[0]"))
                .hasMessage("must be a code of GET /api/regional-initiatives");
    }

    @Test
    void aCodeListedTwiceIsRejected() {
        assertThatThrownBy(() -> check(Region.AFRICA, Scope.REGIONAL, "AFR2", "AFR2"))
                .hasMessage("lists AFR2 twice");
    }

    @Test
    void multipleWithOtherCodesIsRejected() {
        assertThatThrownBy(() -> check(Region.AFRICA, Scope.REGIONAL, "AFR2", "MULTIPLE"))
                .hasMessage("MULTIPLE stands alone; list the initiatives instead");
    }

    @Test
    void theSingleCodeIsNoneTheOneOrMultiple() {
        assertThat(RegionalInitiatives.single(List.of())).isNull();
        assertThat(RegionalInitiatives.single(List.of("ASP5"))).isEqualTo("ASP5");
        assertThat(RegionalInitiatives.single(List.of("ASP1", "ASP5"))).isEqualTo("MULTIPLE");
        assertThat(RegionalInitiatives.single(List.of("MULTIPLE"))).isEqualTo("MULTIPLE");
    }

    private static void check(Region region, Scope scope, String... codes) {
        RegionalInitiatives.check(region, scope, List.of(codes), index -> "regionalInitiatives[" + index + "]");
    }
}
