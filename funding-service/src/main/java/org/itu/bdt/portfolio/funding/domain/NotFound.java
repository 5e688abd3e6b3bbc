package org.itu.bdt.portfolio.funding.domain;

public class NotFound extends RuntimeException {
    public NotFound(String detail) {
        super(detail);
    }
}
