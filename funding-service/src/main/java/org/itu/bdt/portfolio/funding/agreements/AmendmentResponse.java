package org.itu.bdt.portfolio.funding.agreements;


import java.math.BigDecimal;
import java.time.LocalDate;

public record AmendmentResponse(String amendmentId, String agreementNumber, LocalDate effectiveOn,
                                BigDecimal newOriginalAmount, BigDecimal newChfAmount, String reason) {

    static AmendmentResponse of(Amendment amendment) {
        return new AmendmentResponse(amendment.amendmentId(), amendment.agreement().agreementNumber(),
                amendment.effectiveOn(), amendment.newOriginal().shown(), amendment.newChf().shown(),
                amendment.reason());
    }
}
