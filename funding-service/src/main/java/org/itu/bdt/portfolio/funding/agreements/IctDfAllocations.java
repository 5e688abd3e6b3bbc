package org.itu.bdt.portfolio.funding.agreements;

/**
 * The ICT Development Fund as signing and amending see it: an ITU funding line is an allocation from the fund,
 * checked against its balance inside the transaction that stores the line. Declared here and implemented by the
 * ictdf feature, which reads agreements, so that the two features do not depend on each other.
 */
public interface IctDfAllocations {

    /** Called once the signed agreement is stored; refuses an ITU line the balance cannot cover. */
    void allocate(Agreement agreement);

    /** Called once the amendment is stored; refuses a new ITU amount the balance cannot cover. */
    void reallocate(Amendment amendment);
}
