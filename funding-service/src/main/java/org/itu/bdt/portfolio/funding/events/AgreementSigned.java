package org.itu.bdt.portfolio.funding.events;

/** Amounts are exact decimal strings; dates are ISO. kind and contribution came later, so they come last. */
public record AgreementSigned(String agreementNumber, String projectNumber, String partnerId, String fundingSource,
                              String currency, String originalAmount, String chfAmount, String signedOn,
                              String kind, String contribution)
        implements FundingEvent {
}
