package org.itu.bdt.portfolio.funding.api;

import org.itu.bdt.portfolio.funding.domain.Agreement;
import org.itu.bdt.portfolio.funding.domain.FundingSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The agreement as signed, its amendments, and the amounts in force after the latest amendment. */
public record AgreementResponse(String agreementNumber, String projectNumber, String partnerId,
                                FundingSource fundingSource, String currency, BigDecimal originalAmount,
                                BigDecimal chfAmount, LocalDate signedOn, List<AmendmentResponse> amendments,
                                BigDecimal currentOriginalAmount, BigDecimal currentChfAmount) {

    static AgreementResponse of(Agreement agreement) {
        return new AgreementResponse(agreement.agreementNumber(), agreement.projectNumber(), agreement.partnerId(),
                agreement.fundingSource(), agreement.currency(), agreement.original().shown(),
                agreement.chf().shown(), agreement.signedOn(),
                agreement.amendments().stream().map(AmendmentResponse::of).toList(),
                agreement.currentOriginal().shown(), agreement.currentChf().shown());
    }
}
