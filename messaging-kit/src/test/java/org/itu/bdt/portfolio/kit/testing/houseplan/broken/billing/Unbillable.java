package org.itu.bdt.portfolio.kit.testing.houseplan.broken.billing;

/** A failure not named as one. */
public class Unbillable extends RuntimeException {
}
