package org.itu.bdt.portfolio.funding.events;

/**
 * An ITU funding line signed, as an allocation from the ICT-DF; balanceAfter is the account's balance at the end
 * of allocatedOn, this allocation included.
 */
public record IctDfAllocated(String agreementNumber, String projectNumber, String amountChf, String allocatedOn,
                             String balanceAfter) implements FundingEvent {
}
