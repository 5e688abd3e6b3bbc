package org.itu.bdt.portfolio.projects.partnerreports;

import org.itu.bdt.portfolio.projects.partnerreports.PartnerReportCalendar.Deadline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerReportCalendarTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anAgreementSignedOnThe31stOfAugustOwesItsFirstSixMonthReportAtTheEndOfFebruary() {
        List<Deadline> deadlines = PartnerReportCalendar.deadlines(date("2024-08-31"), 1, 6, date("2024-09-01"));

        assertThat(deadlines).containsExactly(new Deadline(1, date("2024-08-31"), date("2025-02-27"), date("2025-02-28")));
    }

    @Test
    void aLeapYearGivesTheTwentyNinthOfFebruary() {
        assertThat(PartnerReportCalendar.deadlines(date("2023-08-31"), 1, 6, date("2023-09-01")).get(0).dueOn())
                .isEqualTo(date("2024-02-29"));
    }

    @Test
    void everyDueDateCountsFromTheSignatureSoTheMonthEndDoesNotDrift() {
        List<Deadline> deadlines = PartnerReportCalendar.deadlines(date("2024-08-31"), 1, 6, date("2025-09-01"));

        assertThat(deadlines).extracting(Deadline::dueOn)
                .containsExactly(date("2025-02-28"), date("2025-08-31"), date("2026-02-28"));
        assertThat(deadlines.get(1).periodStart()).isEqualTo(date("2025-02-28"));
        assertThat(deadlines.get(1).periodEnd()).isEqualTo(date("2025-08-30"));
    }

    @Test
    void deadlinesRunUpToTheHorizonAndOneBeyondIt() {
        List<Deadline> deadlines = PartnerReportCalendar.deadlines(date("2024-01-15"), 1, 12, date("2026-01-15"));

        assertThat(deadlines).extracting(Deadline::sequence).containsExactly(1, 2, 3);
        assertThat(deadlines).extracting(Deadline::dueOn)
                .containsExactly(date("2025-01-15"), date("2026-01-15"), date("2027-01-15"));
    }

    @Test
    void aChangedIntervalCountsFromTheLastDeadlineKeptAndGoesOnNumbering() {
        List<Deadline> deadlines = PartnerReportCalendar.deadlines(date("2024-07-15"), 2, 9, date("2025-01-01"));

        assertThat(deadlines).containsExactly(new Deadline(2, date("2024-07-15"), date("2025-04-14"), date("2025-04-15")));
    }

    @Test
    void anIntervalOutsideSixToTwelveMonthsIsRefused() {
        assertThat(PartnerReportCalendar.allowedInterval(5)).isFalse();
        assertThat(PartnerReportCalendar.allowedInterval(13)).isFalse();
        assertThat(PartnerReportCalendar.allowedInterval(6)).isTrue();
        assertThatThrownBy(() -> PartnerReportCalendar.deadlines(date("2024-01-01"), 1, 3, date("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFinalReportCoversTheMonthsUpToTheClosureAndIsDueThreeMonthsLater() {
        assertThat(PartnerReportCalendar.finalReport(4, date("2025-08-31"), date("2025-11-30")))
                .containsExactly(new Deadline(4, date("2025-08-31"), date("2025-11-30"), date("2026-02-28")));
    }

    @Test
    void noFinalReportWhenTheLastPeriodAlreadyReachesTheClosure() {
        assertThat(PartnerReportCalendar.finalReport(4, date("2025-12-01"), date("2025-11-30"))).isEmpty();
    }
}
