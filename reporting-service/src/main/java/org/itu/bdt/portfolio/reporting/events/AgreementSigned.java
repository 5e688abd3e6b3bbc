package org.itu.bdt.portfolio.reporting.events;

import org.itu.bdt.portfolio.reporting.domain.AgreementFact;
import org.itu.bdt.portfolio.reporting.domain.FundingSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.events.EventPayloads.chf;
import static org.itu.bdt.portfolio.reporting.events.EventPayloads.required;

/** Data of AgreementSigned, reduced to the fields the reports use. */
record AgreementSigned(String agreementNumber, String projectNumber, FundingSource fundingSource,
                       BigDecimal chfAmount, LocalDate signedOn) {

    AgreementFact toFact() {
        return new AgreementFact(required(agreementNumber, "agreementNumber"), required(projectNumber, "projectNumber"),
                required(fundingSource, "fundingSource"), chf(chfAmount, "chfAmount"), required(signedOn, "signedOn"));
    }
}
