package org.itu.bdt.portfolio.funding.events;

/**
 * The new amounts replace the agreement's from effectiveOn on; amounts are exact decimal strings. The rate is the
 * agreement's own, at which the new amount was converted.
 */
public record AgreementAmended(String amendmentId, String agreementNumber, String projectNumber, String effectiveOn,
                               String newOriginalAmount, String newChfAmount, String reason, String rate,
                               String rateMonth, String rateSource)
        implements FundingEvent {
}
