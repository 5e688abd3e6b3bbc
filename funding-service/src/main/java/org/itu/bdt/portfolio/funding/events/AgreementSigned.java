package org.itu.bdt.portfolio.funding.events;

/** Amounts are exact decimal strings; dates are ISO. */
public record AgreementSigned(String agreementNumber, String projectNumber, String partnerId, String fundingSource,
                              String currency, String originalAmount, String chfAmount, String signedOn)
        implements FundingEvent {
}
