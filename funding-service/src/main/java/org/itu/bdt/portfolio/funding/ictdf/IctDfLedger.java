package org.itu.bdt.portfolio.funding.ictdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every movement of the ICT-DF account, and the balance they give at the end of any day. Pure: the caller
 * loads the movements; a balance at a date counts every movement dated on or before it.
 */
public final class IctDfLedger {
    private final List<IctDfMovement> movements;
    /** The balance at the end of each day that has movements; between those days it does not change. */
    private final NavigableMap<LocalDate, BigDecimal> closingBalances = new TreeMap<>();

    public IctDfLedger(List<IctDfMovement> movements) {
        this.movements = movements.stream().sorted(IctDfMovement.STATEMENT_ORDER).toList();
        BigDecimal balance = BigDecimal.ZERO;
        for (IctDfMovement movement : this.movements) {
            balance = balance.add(movement.amount());
            closingBalances.put(movement.date(), balance);
        }
    }

    public BigDecimal balanceAt(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> closing = closingBalances.floorEntry(date);
        return closing == null ? BigDecimal.ZERO : closing.getValue();
    }

    public IctDfBalance asOf(LocalDate date) {
        BigDecimal transfersIn = sum(movement -> movement.isTransfer() && !movement.date().isAfter(date));
        BigDecimal allocated = sum(movement -> !movement.isTransfer() && !movement.date().isAfter(date)).negate();
        return new IctDfBalance(date, transfersIn, allocated, transfersIn.subtract(allocated));
    }

    /**
     * Refuses a change this ledger already holds if it leaves the balance below zero on any day it is in force:
     * its own date or any later one, so a back-dated allocation cannot break a later point. Giving money back
     * is always allowed, even on an account that is short already.
     */
    public void ensureCovered(AllocationChange change) {
        if (change.requested().signum() <= 0) {
            return;
        }
        BigDecimal lowest = lowestBalance(change.from(), change.until());
        if (lowest.signum() < 0) {
            throw new OverAllocationException(change, lowest.add(change.requested()));
        }
    }

    /** The lowest end-of-day balance from {@code from} until {@code until} (exclusive; null: no end). */
    BigDecimal lowestBalance(LocalDate from, LocalDate until) {
        NavigableMap<LocalDate, BigDecimal> later = until == null
                ? closingBalances.tailMap(from, false)
                : closingBalances.subMap(from, false, until, false);
        return later.values().stream().reduce(balanceAt(from), BigDecimal::min);
    }

    /** From the first movement when {@code from} is null; the opening balance is the one of the day before. */
    public IctDfStatement statement(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : firstDay(to);
        BigDecimal opening = balanceAt(start.minusDays(1));
        BigDecimal balance = opening;
        List<IctDfStatement.Line> lines = new ArrayList<>();
        for (IctDfMovement movement : movements) {
            if (!movement.date().isBefore(start) && !movement.date().isAfter(to)) {
                balance = balance.add(movement.amount());
                lines.add(new IctDfStatement.Line(movement, balance));
            }
        }
        return new IctDfStatement(start, to, opening, List.copyOf(lines), balance);
    }

    private LocalDate firstDay(LocalDate to) {
        return movements.isEmpty() || movements.get(0).date().isAfter(to) ? to : movements.get(0).date();
    }

    private BigDecimal sum(Predicate<IctDfMovement> wanted) {
        return movements.stream().filter(wanted).map(IctDfMovement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
