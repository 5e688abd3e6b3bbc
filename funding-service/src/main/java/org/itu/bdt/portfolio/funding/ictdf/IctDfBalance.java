package org.itu.bdt.portfolio.funding.ictdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The ICT-DF account at the end of a day: everything received, everything allocated then, and the rest. */
public record IctDfBalance(LocalDate asOf, BigDecimal transfersIn, BigDecimal allocated, BigDecimal balance) {
}
