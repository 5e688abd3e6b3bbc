package org.itu.bdt.portfolio.funding.ictdf;

import java.math.BigDecimal;

/** The conflict problem of an allocation the ICT-DF cannot cover, with the balance available and the request. */
public record OverAllocationProblem(String type, String title, int status, String detail, String instance,
                                    BigDecimal balance, BigDecimal requested) {
}
