package org.itu.bdt.portfolio.funding.agreements;

public enum FundingSource {
    PARTNER,
    ITU
}
