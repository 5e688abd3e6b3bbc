package org.itu.bdt.portfolio.funding.agreements;

import java.time.LocalDate;

public record CancellationTerms(LocalDate cancelledOn, String reason) {
}
