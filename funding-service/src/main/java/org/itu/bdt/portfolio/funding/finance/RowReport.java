package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.util.List;

/** One row of an import; row counts from 1 in the order the rows were sent. */
public record RowReport(int row, String reference, RowOutcome outcome, List<FieldError> errors) {
}
