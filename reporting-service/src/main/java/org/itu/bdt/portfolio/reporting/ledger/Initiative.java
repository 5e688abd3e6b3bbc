package org.itu.bdt.portfolio.reporting.ledger;

/** A regional initiative a project serves, with the label project-service gives it. */
public record Initiative(String code, String label) {

    public static final String MULTIPLE = "MULTIPLE";
}
