package org.itu.bdt.portfolio.funding.domain;

public class Conflict extends RuntimeException {
    public Conflict(String detail) {
        super(detail);
    }
}
