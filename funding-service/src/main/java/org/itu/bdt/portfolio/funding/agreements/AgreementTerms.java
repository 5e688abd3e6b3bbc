package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.ChfAmount;
import org.itu.bdt.portfolio.funding.money.MinorUnits;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.RateOverride;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a signature asks for, checked across fields. chfAmount is the CHF amount the caller booked, if any: the
 * service converts the original amount itself, and a booked amount must agree with it. Kind and contribution
 * default to a cash project agreement.
 */
public record AgreementTerms(String agreementNumber, String projectNumber, FundingSource fundingSource,
                             String partnerId, String currency, BigDecimal originalAmount, BigDecimal chfAmount,
                             LocalDate signedOn, RateOverride rateOverride, AgreementKind kind,
                             ContributionType contribution) {

    public AgreementTerms {
        List<FieldError> errors = new ArrayList<>();
        if (fundingSource == FundingSource.ITU && partnerId != null) {
            errors.add(new FieldError("partnerId", "must be absent when fundingSource is ITU"));
        }
        kind = kind == null ? AgreementKind.PROJECT_AGREEMENT : kind;
        contribution = contribution == null ? ContributionType.CASH : contribution;
        errors.addAll(ituLineErrors(fundingSource, kind, contribution));
        MinorUnits.problemWith(currency, originalAmount, "originalAmount").ifPresent(errors::add);
        ChfAmount.problemWith(currency, originalAmount, chfAmount, "originalAmount")
                .ifPresent(message -> errors.add(new FieldError("chfAmount", message)));
        if (rateOverride != null && Money.CHF.getCurrencyCode().equals(currency)) {
            errors.add(new FieldError("rateOverride", "must be absent when currency is CHF"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (fundingSource == FundingSource.PARTNER && partnerId == null) {
            throw RuleViolationException.onField("partnerId", "is required when fundingSource is PARTNER");
        }
    }

    /** An ITU funding line is an ICT-DF allocation: cash, for a project. */
    private static List<FieldError> ituLineErrors(FundingSource fundingSource, AgreementKind kind,
                                                  ContributionType contribution) {
        if (fundingSource != FundingSource.ITU) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (!kind.fundsAProject()) {
            errors.add(new FieldError("kind",
                    "must be PROJECT_AGREEMENT or SUPPLEMENTARY_AGREEMENT when fundingSource is ITU"));
        }
        if (contribution != ContributionType.CASH) {
            errors.add(new FieldError("contribution", "must be CASH when fundingSource is ITU"));
        }
        return errors;
    }
}
