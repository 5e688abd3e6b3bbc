package org.itu.bdt.portfolio.projects.partnerreports;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/** No partner report or schedule with the id asked for. */
public class PartnerReportNotFoundException extends ProblemException {
    public PartnerReportNotFoundException(String message) {
        super(ProblemType.NOT_FOUND, message);
    }
}
