package org.itu.bdt.portfolio.funding.domain;

import java.time.LocalDate;

public record CancellationTerms(LocalDate cancelledOn, String reason) {
}
