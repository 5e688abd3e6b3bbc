package org.itu.bdt.portfolio.funding.platform;

/** A field error in one row of a batch; rows are numbered from 1. */
public record RowError(int row, String field, String message) {
}
