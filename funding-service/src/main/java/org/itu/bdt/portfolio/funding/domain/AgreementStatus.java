package org.itu.bdt.portfolio.funding.domain;

public enum AgreementStatus {
    ACTIVE,
    CANCELLED
}
