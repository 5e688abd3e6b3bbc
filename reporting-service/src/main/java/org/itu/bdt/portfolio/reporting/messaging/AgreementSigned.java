package org.itu.bdt.portfolio.reporting.messaging;

import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.AgreementKind;
import org.itu.bdt.portfolio.reporting.ledger.ContributionType;
import org.itu.bdt.portfolio.reporting.ledger.Conversion;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.chf;
import static org.itu.bdt.portfolio.reporting.messaging.EventPayloads.required;

/**
 * Data of AgreementSigned, reduced to the fields the reports use. kind and contribution came later: an event
 * without them is a cash project agreement, as every agreement signed before them was.
 */
record AgreementSigned(String agreementNumber, String projectNumber, String partnerId, FundingSource fundingSource,
                       String currency, BigDecimal originalAmount, BigDecimal chfAmount, LocalDate signedOn,
                       BigDecimal rate, String rateMonth, String rateSource, AgreementKind kind,
                       ContributionType contribution) {

    AgreementFact toFact() {
        return new AgreementFact(required(agreementNumber, "agreementNumber"), required(projectNumber, "projectNumber"),
                required(fundingSource, "fundingSource"), chf(chfAmount, "chfAmount"), required(signedOn, "signedOn"),
                kind == null ? AgreementKind.PROJECT_AGREEMENT : kind,
                contribution == null ? ContributionType.CASH : contribution)
                .convertedFrom(partnerId, new Conversion(currency, originalAmount, rate, rateMonth, rateSource));
    }
}
