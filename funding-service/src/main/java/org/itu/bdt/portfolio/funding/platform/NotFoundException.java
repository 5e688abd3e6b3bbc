package org.itu.bdt.portfolio.funding.platform;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** The resource asked for, or one the request names in its path, does not exist. */
public class NotFoundException extends ProblemException {
    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
