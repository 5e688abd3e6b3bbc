package org.itu.bdt.portfolio.funding.platform;

public record FieldError(String field, String message) {
}
