package org.itu.bdt.portfolio.funding.platform;

public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
