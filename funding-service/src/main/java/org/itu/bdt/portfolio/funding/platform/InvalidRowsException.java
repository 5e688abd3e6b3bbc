package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A batch with bad rows; all of them are named, and nothing of the batch was stored. */
public class InvalidRowsException extends ProblemException {
    private final transient List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
        super(ProblemType.VALIDATION_FAILED, detail(errors), errors);
        this.errors = List.copyOf(errors);
    }

    private static String detail(List<RowError> errors) {
        long rows = badRows(errors);
        return rows + (rows == 1 ? " row is" : " rows are") + " invalid; nothing was stored";
    }

    private static long badRows(List<RowError> errors) {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public long badRows() {
        return badRows(errors);
    }

    @Override
    public List<RowError> errors() {
        return errors;
    }
}
