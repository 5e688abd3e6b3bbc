package org.itu.bdt.portfolio.funding.domain;

public record FieldError(String field, String message) {
}
