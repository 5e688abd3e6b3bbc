package org.itu.bdt.portfolio.funding.api;

import org.itu.bdt.portfolio.funding.domain.Agreement;
import org.itu.bdt.portfolio.funding.domain.AgreementRate;
import org.itu.bdt.portfolio.funding.domain.FundingSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The agreement as signed with the rate its amounts convert at, its amendments, and the amounts in force after
 * the latest amendment.
 */
public record AgreementResponse(String agreementNumber, String projectNumber, String partnerId,
                                FundingSource fundingSource, String currency, BigDecimal originalAmount,
                                BigDecimal chfAmount, BigDecimal rate, YearMonth rateMonth, String rateSource,
                                boolean rateOverridden, LocalDate signedOn, List<AmendmentResponse> amendments,
                                BigDecimal currentOriginalAmount, BigDecimal currentChfAmount) {

    static AgreementResponse of(Agreement agreement) {
        AgreementRate rate = agreement.rate();
        return new AgreementResponse(agreement.agreementNumber(), agreement.projectNumber(), agreement.partnerId(),
                agreement.fundingSource(), agreement.currency(), agreement.original().shown(),
                agreement.chf().shown(), rate.chfPerUnit(), rate.month(), rate.source(), rate.overridden(),
                agreement.signedOn(),
                agreement.amendments().stream().map(AmendmentResponse::of).toList(),
                agreement.currentOriginal().shown(), agreement.currentChf().shown());
    }
}
