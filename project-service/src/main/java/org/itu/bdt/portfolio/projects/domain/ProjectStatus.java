package org.itu.bdt.portfolio.projects.domain;

public enum ProjectStatus {
    PROPOSED, APPROVED, ONGOING, OPERATIONALLY_CLOSED, FINANCIALLY_CLOSED, REJECTED, SUSPENDED, CANCELLED
}
