package org.itu.bdt.portfolio.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a signature asks for, checked across fields; chfAmount is resolved for CHF agreements. */
public record AgreementTerms(String agreementNumber, String projectNumber, FundingSource fundingSource,
                             String partnerId, String currency, BigDecimal originalAmount, BigDecimal chfAmount,
                             LocalDate signedOn) {

    public AgreementTerms {
        List<FieldError> errors = new ArrayList<>();
        if (fundingSource == FundingSource.ITU && partnerId != null) {
            errors.add(new FieldError("partnerId", "must be absent when fundingSource is ITU"));
        }
        ChfAmount.problemWith(currency, originalAmount, chfAmount, "originalAmount")
                .ifPresent(message -> errors.add(new FieldError("chfAmount", message)));
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        if (fundingSource == FundingSource.PARTNER && partnerId == null) {
            throw RuleViolation.onField("partnerId", "is required when fundingSource is PARTNER");
        }
        chfAmount = ChfAmount.resolve(originalAmount, chfAmount);
    }
}
