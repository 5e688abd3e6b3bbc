package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.agreements.Agreement;

import java.math.BigDecimal;

/**
 * An instalment with what has been received against it. Overdue: its due date has passed and it is not fully
 * received; the instalments of a cancelled agreement are no longer due, so never overdue.
 */
public record InstalmentBalance(Agreement agreement, Instalment instalment, BigDecimal received,
                                BigDecimal outstanding, boolean overdue) {

    /** Still to be paid on an agreement that stands. */
    public boolean isOpen() {
        return outstanding.signum() > 0 && agreement.cancelledOn().isEmpty();
    }
}
