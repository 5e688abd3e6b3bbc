package org.itu.bdt.portfolio.funding.agreements;

import java.time.LocalDate;

/** Fired inside the cancelling transaction: the agreement counts no more from cancelledOn on. */
public record AgreementCancelled(String agreementNumber, String projectNumber, LocalDate cancelledOn,
                                 String reason) {
}
