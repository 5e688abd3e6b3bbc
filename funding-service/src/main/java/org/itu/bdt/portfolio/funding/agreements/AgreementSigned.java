package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;

import java.time.LocalDate;

/** Fired inside the signing transaction, once the agreement is stored and before the ICT-DF allocates. */
public record AgreementSigned(String agreementNumber, String projectNumber, String partnerId,
                              FundingSource fundingSource, String currency, Money original, Money chf,
                              LocalDate signedOn, AgreementRate rate, AgreementKind kind,
                              ContributionType contribution) {

    static AgreementSigned of(Agreement agreement) {
        return new AgreementSigned(agreement.agreementNumber(), agreement.projectNumber(), agreement.partnerId(),
                agreement.fundingSource(), agreement.currency(), agreement.original(), agreement.chf(),
                agreement.signedOn(), agreement.rate(), agreement.kind(), agreement.contribution());
    }
}
