package org.itu.bdt.portfolio.funding.platform;

import java.util.List;

/** A batch with bad rows; all of them are named, and nothing of the batch was stored. */
public class InvalidRowsException extends RuntimeException {
    private final transient List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
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
