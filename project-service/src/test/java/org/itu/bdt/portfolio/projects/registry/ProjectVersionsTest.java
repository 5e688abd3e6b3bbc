package org.itu.bdt.portfolio.projects.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectVersionsTest {

    @Test
    void theEtagIsTheStrongTagOfTheVersion() {
        assertThat(ProjectVersions.etag(7).getValue()).isEqualTo("7");
        assertThat(ProjectVersions.etag(7).isWeak()).isFalse();
    }

    @Test
    void ifMatchAcceptsQuotedUnquotedAndWeakTags() {
        assertThat(ProjectVersions.fromIfMatch("\"3\"")).isEqualTo(3L);
        assertThat(ProjectVersions.fromIfMatch("3")).isEqualTo(3L);
        assertThat(ProjectVersions.fromIfMatch("W/\"3\"")).isEqualTo(3L);
    }

    @Test
    void anAbsentOrWildcardIfMatchExpectsNoVersion() {
        assertThat(ProjectVersions.fromIfMatch(null)).isNull();
        assertThat(ProjectVersions.fromIfMatch("*")).isNull();
    }

    @Test
    void anUnparseableIfMatchMatchesNoVersion() {
        assertThat(ProjectVersions.fromIfMatch("\"abc\"")).isEqualTo(-1L);
    }
}
