package org.itu.bdt.portfolio.funding.domain;

public enum FundingSource {
    PARTNER,
    ITU
}
