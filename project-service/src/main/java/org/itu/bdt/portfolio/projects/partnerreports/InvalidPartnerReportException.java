package org.itu.bdt.portfolio.projects.partnerreports;

import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.List;

/** A partner-report request with a field the rules refuse (beyond what bean validation checks). */
public class InvalidPartnerReportException extends ProblemException {
    private final String field;

    public InvalidPartnerReportException(String field, String message) {
        super(ProblemType.VALIDATION_FAILED, message, List.of(new FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
