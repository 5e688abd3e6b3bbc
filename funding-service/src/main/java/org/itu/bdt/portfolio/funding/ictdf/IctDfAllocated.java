package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/**
 * Fired inside the signing transaction of an ITU funding line; balanceAfter is the account's balance at the end
 * of allocatedOn, this allocation included.
 */
public record IctDfAllocated(String agreementNumber, String projectNumber, Money amount, LocalDate allocatedOn,
                             Money balanceAfter) {
}
