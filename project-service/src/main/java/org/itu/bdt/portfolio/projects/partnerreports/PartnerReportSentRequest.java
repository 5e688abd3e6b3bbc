package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of POST /api/partner-reports/{id}/sent. */
public record PartnerReportSentRequest(@NotNull LocalDate sentOn) {
}
