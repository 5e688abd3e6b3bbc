package org.itu.bdt.portfolio.funding.platform;

public class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
