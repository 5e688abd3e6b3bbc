package org.itu.bdt.portfolio.reporting.ledger;

import java.time.LocalDate;
import java.util.List;

/** The fields of a project snapshot that describe it without moving any figure. */
public record ProjectDescription(String title, String scope, String regionalInitiative,
                                 List<Initiative> regionalInitiatives, List<String> recipientCountries,
                                 LocalDate endDate, LocalDate statusSince, Boolean imported) {
}
