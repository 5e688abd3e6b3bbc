package org.itu.bdt.portfolio.reporting.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** The Accept header names none of the forms a report is served in; a not-acceptable problem (406). */
public class NotAcceptableException extends ProblemException {

    public NotAcceptableException(String detail) {
        super(ProblemType.NOT_ACCEPTABLE, detail);
    }
}
