package org.itu.bdt.portfolio.funding.agreements;

public enum AgreementStatus {
    ACTIVE,
    CANCELLED
}
