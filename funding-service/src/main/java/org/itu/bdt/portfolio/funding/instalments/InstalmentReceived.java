package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.money.Money;

import java.time.LocalDate;

/**
 * Fired inside the transaction that recorded a payment against a partner agreement's schedule: the amount in the
 * agreement's currency and the CHF booked for it.
 */
public record InstalmentReceived(String agreementNumber, String projectNumber, String partnerId, String reference,
                                 LocalDate receivedOn, Money amount, Money chf) {
}
