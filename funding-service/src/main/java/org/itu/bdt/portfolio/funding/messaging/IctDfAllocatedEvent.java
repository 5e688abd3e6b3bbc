package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.ictdf.IctDfAllocated;

/**
 * An ITU funding line signed, as an allocation from the ICT-DF; balanceAfter is the account's balance at the end
 * of allocatedOn, this allocation included.
 */
public record IctDfAllocatedEvent(String agreementNumber, String projectNumber, String amountChf, String allocatedOn,
                                  String balanceAfter) implements FundingEvent {

    static IctDfAllocatedEvent of(IctDfAllocated allocated) {
        return new IctDfAllocatedEvent(allocated.agreementNumber(), allocated.projectNumber(),
                allocated.amount().plain(), allocated.allocatedOn().toString(), allocated.balanceAfter().plain());
    }
}
