package org.itu.bdt.portfolio.projects.partnerreports;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

/**
 * A partner-report request that contradicts what is already recorded: a period overlap, a second submission or
 * sending, sending before the submission, an acknowledgement before the sending, a change to an ended schedule. The
 * detail says which.
 */
public class PartnerReportConflictException extends ProblemException {
    public PartnerReportConflictException(String message) {
        super(ProblemType.CONFLICT, message);
    }
}
