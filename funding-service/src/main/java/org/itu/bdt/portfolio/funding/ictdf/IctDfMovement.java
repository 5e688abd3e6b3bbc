package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.agreements.Amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One dated change of the ICT-DF balance in CHF: positive in, negative out. Reference is the transfer id, the
 * agreement number, or the amendment id; projectNumber is null for a transfer.
 */
public record IctDfMovement(LocalDate date, Kind kind, String reference, String projectNumber, BigDecimal amount) {
    /** Statement order: by date, money in before money out on the same day, then by reference. */
    static final Comparator<IctDfMovement> STATEMENT_ORDER = Comparator.comparing(IctDfMovement::date)
            .thenComparing(IctDfMovement::kind)
            .thenComparing(IctDfMovement::reference);

    public enum Kind {
        TRANSFER_IN,
        ALLOCATION,
        ALLOCATION_AMENDED,
        ALLOCATION_RELEASED
    }

    static IctDfMovement transferIn(IctDfTransfer transfer) {
        return new IctDfMovement(transfer.receivedOn(), Kind.TRANSFER_IN, transfer.transferId(), null,
                transfer.amount().amount());
    }

    /**
     * The allocation at its signature, then one movement per amendment in the order they take force, each by the
     * difference from the amount in force before it; summed up to a date they give the amount in force then.
     * A cancelled line gives back, on its cancellation date, what was in force the day before: the money returns
     * to the fund, as the line stops counting in the portfolio's figures from that date.
     */
    static List<IctDfMovement> allocationsOf(Agreement agreement) {
        List<IctDfMovement> movements = new ArrayList<>();
        BigDecimal inForce = agreement.chf().amount();
        movements.add(new IctDfMovement(agreement.signedOn(), Kind.ALLOCATION, agreement.agreementNumber(),
                agreement.projectNumber(), inForce.negate()));
        LocalDate end = agreement.cancelledOn().orElse(LocalDate.MAX);
        for (Amendment amendment : agreement.amendments().stream().sorted(Agreement.IN_FORCE_ORDER)
                .filter(amendment -> amendment.effectiveOn().isBefore(end)).toList()) {
            BigDecimal amended = amendment.newChf().amount();
            movements.add(new IctDfMovement(amendment.effectiveOn(), Kind.ALLOCATION_AMENDED,
                    amendment.amendmentId(), agreement.projectNumber(), inForce.subtract(amended)));
            inForce = amended;
        }
        if (agreement.cancelledOn().isPresent()) {
            movements.add(new IctDfMovement(end, Kind.ALLOCATION_RELEASED, agreement.agreementNumber(),
                    agreement.projectNumber(), inForce));
        }
        return movements;
    }

    boolean isTransfer() {
        return kind == Kind.TRANSFER_IN;
    }
}
