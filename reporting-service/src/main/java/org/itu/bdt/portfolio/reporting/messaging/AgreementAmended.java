package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.AmendmentFact;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.chf;
import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/** Data of AgreementAmended, reduced to the fields the reports use. */
record AgreementAmended(String amendmentId, String agreementNumber, String projectNumber,
                        LocalDate effectiveOn, Integer sequence, BigDecimal newChfAmount, BigDecimal newOriginalAmount) {

    AmendmentFact toFact() {
        return new AmendmentFact(required(amendmentId, "amendmentId"), required(agreementNumber, "agreementNumber"),
                required(projectNumber, "projectNumber"), required(effectiveOn, "effectiveOn"), sequence,
                chf(newChfAmount, "newChfAmount"), newOriginalAmount);
    }
}
