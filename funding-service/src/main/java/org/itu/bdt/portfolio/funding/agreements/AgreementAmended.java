package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;

import java.time.LocalDate;

/**
 * Fired inside the amending transaction: the new amounts replace the agreement's from effectiveOn on, converted
 * at the agreement's own rate. {@code sequence} is the amendment's place in the agreement's history: of two
 * amendments effective the same day, the later in sequence is the one in effect.
 */
public record AgreementAmended(String amendmentId, String agreementNumber, String projectNumber,
                               LocalDate effectiveOn, int sequence, Money newOriginal, Money newChf, String reason,
                               AgreementRate rate) {

    static AgreementAmended of(Amendment amendment) {
        Agreement agreement = amendment.agreement();
        return new AgreementAmended(amendment.amendmentId(), agreement.agreementNumber(), agreement.projectNumber(),
                amendment.effectiveOn(), amendment.sequence(), amendment.newOriginal(), amendment.newChf(), amendment.reason(),
                agreement.rate());
    }
}
