package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.agreements.AgreementSigned;

/**
 * Amounts and the rate are exact decimal strings; dates are ISO, the rate's month yyyy-MM. kind and contribution
 * came later, so they come last.
 */
public record AgreementSignedEvent(String agreementNumber, String projectNumber, String partnerId,
                                   String fundingSource, String currency, String originalAmount, String chfAmount,
                                   String signedOn, String rate, String rateMonth, String rateSource, String kind,
                                   String contribution)
        implements FundingEvent {

    static AgreementSignedEvent of(AgreementSigned signed) {
        return new AgreementSignedEvent(signed.agreementNumber(), signed.projectNumber(), signed.partnerId(),
                signed.fundingSource().name(), signed.currency(), signed.original().plain(), signed.chf().plain(),
                signed.signedOn().toString(), WireRate.chfPerUnit(signed.rate()), WireRate.month(signed.rate()),
                signed.rate().source(), signed.kind().name(), signed.contribution().name());
    }
}
