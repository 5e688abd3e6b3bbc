package org.itu.bdt.portfolio.funding.domain;

import java.util.List;

/** A batch with bad rows; all of them are named, and nothing of the batch was stored. */
public class InvalidRows extends RuntimeException {
    private final transient List<RowError> errors;

    public InvalidRows(List<RowError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public long badRows() {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public List<RowError> errors() {
        return errors;
    }
}
