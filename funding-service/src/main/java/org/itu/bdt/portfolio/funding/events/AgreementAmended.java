package org.itu.bdt.portfolio.funding.events;

/** The new amounts replace the agreement's from effectiveOn on; amounts are exact decimal strings. */
public record AgreementAmended(String amendmentId, String agreementNumber, String projectNumber, String effectiveOn,
                               String newOriginalAmount, String newChfAmount, String reason)
        implements FundingEvent {
}
