package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.agreements.AgreementAmended;

/**
 * The new amounts replace the agreement's from effectiveOn on; amounts are exact decimal strings. The rate is the
 * agreement's own, at which the new amount was converted. Same-day amendments take effect in sequence order.
 */
public record AgreementAmendedEvent(String amendmentId, String agreementNumber, String projectNumber,
                                    String effectiveOn, int sequence, String newOriginalAmount, String newChfAmount, String reason,
                                    String rate, String rateMonth, String rateSource)
        implements FundingEvent {

    static AgreementAmendedEvent of(AgreementAmended amended) {
        return new AgreementAmendedEvent(amended.amendmentId(), amended.agreementNumber(), amended.projectNumber(),
                amended.effectiveOn().toString(), amended.sequence(), amended.newOriginal().plain(), amended.newChf().plain(),
                amended.reason(), WireRate.chfPerUnit(amended.rate()), WireRate.month(amended.rate()),
                amended.rate().source());
    }
}
