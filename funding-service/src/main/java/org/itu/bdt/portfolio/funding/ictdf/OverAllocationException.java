package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;

/** An allocation the ICT-DF balance cannot cover on a date it would be in force; nothing was changed. */
public class OverAllocationException extends RuntimeException {
    private final BigDecimal balance;
    private final BigDecimal requested;

    OverAllocationException(AllocationChange change, BigDecimal balance) {
        super("the ICT-DF balance available " + period(change) + " is " + Money.chf(balance).plain()
                + " CHF, less than the " + Money.chf(change.requested()).plain() + " CHF requested");
        this.balance = balance;
        this.requested = change.requested();
    }

    private static String period(AllocationChange change) {
        return change.until() == null
                ? "from " + change.from() + " on"
                : "from " + change.from() + " until " + change.until().minusDays(1);
    }

    public Money balance() {
        return Money.chf(balance);
    }

    public Money requested() {
        return Money.chf(requested);
    }
}
