package org.itu.bdt.portfolio.projects.partnerreports;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerReportTermsTest {

    @Test
    void withoutATrackedFromDateEveryDeadlineIsTracked() {
        PartnerReportTerms terms = terms(Optional.empty());

        assertThat(terms.tracks(LocalDate.of(2014, 1, 31))).isTrue();
    }

    @Test
    void deadlinesDueBeforeTheTrackedFromDateAreNotTrackedAndThoseOnItAre() {
        PartnerReportTerms terms = terms(Optional.of(LocalDate.of(2026, 12, 1)));

        assertThat(terms.tracks(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(terms.tracks(LocalDate.of(2026, 12, 1))).isTrue();
    }

    private static PartnerReportTerms terms(Optional<LocalDate> trackedFrom) {
        return new PartnerReportTerms(Clock.systemUTC(), 6, 0, 30, trackedFrom);
    }
}
