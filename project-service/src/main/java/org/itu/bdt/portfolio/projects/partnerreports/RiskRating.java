package org.itu.bdt.portfolio.projects.partnerreports;

/** How serious a risk a partner report names is. */
public enum RiskRating {
    LOW, MEDIUM, HIGH, CRITICAL
}
