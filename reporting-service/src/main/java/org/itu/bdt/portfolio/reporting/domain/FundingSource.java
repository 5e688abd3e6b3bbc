package org.itu.bdt.portfolio.reporting.domain;

public enum FundingSource {
    PARTNER, ITU
}
