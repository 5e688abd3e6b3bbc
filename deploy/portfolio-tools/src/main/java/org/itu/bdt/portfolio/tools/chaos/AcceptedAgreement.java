package org.itu.bdt.portfolio.tools.chaos;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An agreement that got its 201 (or was found stored after its answer was lost), as its client knows it: the CHF
 * amount in force today, amended once and cancelled once at most.
 */
public final class AcceptedAgreement {

    final String agreementNumber;
    final ProjectLedger ledger;
    final ChaosProject.Funding funding;
    final LocalDate signedOn;
    final String currency;
    final BigDecimal originalAmount;
    BigDecimal chfInForce;
    boolean amended;
    boolean cancelled;

    AcceptedAgreement(String agreementNumber, ProjectLedger ledger, ChaosProject.Funding funding, LocalDate signedOn,
                      String currency, BigDecimal originalAmount, BigDecimal chf) {
        this.agreementNumber = agreementNumber;
        this.ledger = ledger;
        this.funding = funding;
        this.signedOn = signedOn;
        this.currency = currency;
        this.originalAmount = originalAmount;
        this.chfInForce = chf;
    }

    Figures contribution(BigDecimal chf) {
        return ledger.project().contribution(funding, chf);
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    public BigDecimal chfInForce() {
        return cancelled ? BigDecimal.ZERO : chfInForce;
    }
}
