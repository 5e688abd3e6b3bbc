package org.itu.bdt.portfolio.funding.instalments;

import org.itu.bdt.portfolio.funding.agreements.Agreement;

import java.util.List;

/**
 * A payment and the instalments it filled, oldest first.
 *
 * @param replayed true when the reference was recorded before and this request changed nothing
 */
public record PaymentReceipt(Agreement agreement, Payment payment, List<PaymentApplication> appliedTo,
                             boolean replayed) {

    public PaymentReceipt {
        appliedTo = List.copyOf(appliedTo);
    }
}
