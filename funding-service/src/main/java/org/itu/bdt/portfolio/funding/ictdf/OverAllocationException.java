package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An allocation the ICT-DF balance cannot cover on a date it would be in force; nothing was changed. The conflict
 * problem carries the balance available and the amount requested.
 */
public class OverAllocationException extends ProblemException {
    private final BigDecimal balance;
    private final BigDecimal requested;

    OverAllocationException(AllocationChange change, BigDecimal balance) {
        super(ProblemType.CONFLICT, "the ICT-DF balance available " + period(change) + " is "
                + Money.chf(balance).plain() + " CHF, less than the " + Money.chf(change.requested()).plain()
                + " CHF requested");
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

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("balance", balance().shown());
        members.put("requested", requested().shown());
        return members;
    }
}
