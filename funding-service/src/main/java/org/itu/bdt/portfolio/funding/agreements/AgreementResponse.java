package org.itu.bdt.portfolio.funding.agreements;


import org.itu.bdt.portfolio.funding.rates.AgreementRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The agreement as it stood on asOf (today unless asked): as signed with the rate its amounts convert at, its
 * amendments, and the amounts in effect. currentOriginalAmount and currentChfAmount repeat current's amounts for
 * the clients that read them first.
 */
public record AgreementResponse(String agreementNumber, String projectNumber, String partnerId,
                                FundingSource fundingSource, String currency, BigDecimal originalAmount,
                                BigDecimal chfAmount, BigDecimal rate, YearMonth rateMonth, String rateSource,
                                boolean rateOverridden, LocalDate signedOn, List<AmendmentResponse> amendments,
                                BigDecimal currentOriginalAmount, BigDecimal currentChfAmount,
                                AgreementKind kind, ContributionType contribution, LocalDate asOf,
                                AgreementStatus status, LocalDate cancelledOn, String cancellationReason,
                                AsSigned asSigned, Current current) {

    /** The amounts the agreement was signed for. */
    public record AsSigned(BigDecimal originalAmount, BigDecimal chfAmount, LocalDate signedOn) {
    }

    /** The amounts in effect on asOf, since the signature or since the amendment that set them. */
    public record Current(BigDecimal originalAmount, BigDecimal chfAmount, LocalDate effectiveOn,
                          String amendmentId) {
    }

    static AgreementResponse of(Agreement agreement) {
        return of(AgreementAsOf.today(agreement));
    }

    static AgreementResponse of(AgreementAsOf view) {
        Agreement agreement = view.agreement();
        AgreementRate rate = agreement.rate();
        BigDecimal original = agreement.original().shown();
        BigDecimal chf = agreement.chf().shown();
        Current current = new Current(view.original().shown(), view.chf().shown(), view.inEffectSince(),
                view.amendmentInEffect().map(Amendment::amendmentId).orElse(null));
        return new AgreementResponse(agreement.agreementNumber(), agreement.projectNumber(), agreement.partnerId(),
                agreement.fundingSource(), agreement.currency(), original, chf, rate.chfPerUnit(), rate.month(),
                rate.source(), rate.overridden(), agreement.signedOn(),
                view.amendments().stream().map(AmendmentResponse::of).toList(),
                current.originalAmount(), current.chfAmount(), agreement.kind(), agreement.contribution(),
                view.date(), view.status(), view.cancelledOn().orElse(null),
                view.cancellationReason().orElse(null), new AsSigned(original, chf, agreement.signedOn()), current);
    }
}
