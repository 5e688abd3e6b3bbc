package org.itu.bdt.portfolio.reporting.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** The partner, report, rebuild or quarter lock asked for does not exist; a not-found problem (404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
