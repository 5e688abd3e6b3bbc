package org.itu.bdt.portfolio.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a signature asks for, checked across fields. chfAmount is the CHF amount the caller booked, if any: the
 * service converts the original amount itself, and a booked amount must agree with it.
 */
public record AgreementTerms(String agreementNumber, String projectNumber, FundingSource fundingSource,
                             String partnerId, String currency, BigDecimal originalAmount, BigDecimal chfAmount,
                             LocalDate signedOn, RateOverride rateOverride) {

    public AgreementTerms {
        List<FieldError> errors = new ArrayList<>();
        if (fundingSource == FundingSource.ITU && partnerId != null) {
            errors.add(new FieldError("partnerId", "must be absent when fundingSource is ITU"));
        }
        MinorUnits.problemWith(currency, originalAmount, "originalAmount").ifPresent(errors::add);
        ChfAmount.problemWith(currency, originalAmount, chfAmount, "originalAmount")
                .ifPresent(message -> errors.add(new FieldError("chfAmount", message)));
        if (rateOverride != null && Money.CHF.getCurrencyCode().equals(currency)) {
            errors.add(new FieldError("rateOverride", "must be absent when currency is CHF"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        if (fundingSource == FundingSource.PARTNER && partnerId == null) {
            throw RuleViolation.onField("partnerId", "is required when fundingSource is PARTNER");
        }
    }
}
