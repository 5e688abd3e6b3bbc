package org.itu.bdt.portfolio.funding.events;

/**
 * Amounts and the rate are exact decimal strings; dates are ISO, the rate's month yyyy-MM. kind and contribution
 * came later, so they come last.
 */
public record AgreementSigned(String agreementNumber, String projectNumber, String partnerId, String fundingSource,
                              String currency, String originalAmount, String chfAmount, String signedOn,
                              String rate, String rateMonth, String rateSource, String kind, String contribution)
        implements FundingEvent {
}
