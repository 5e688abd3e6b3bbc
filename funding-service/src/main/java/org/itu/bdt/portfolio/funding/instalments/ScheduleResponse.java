package org.itu.bdt.portfolio.funding.instalments;


import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A schedule in the agreement's currency: each instalment with what it received, and the payments. */
public record ScheduleResponse(String agreementNumber, String currency, BigDecimal scheduled, BigDecimal received,
                               BigDecimal outstanding, List<InstalmentLine> instalments, List<PaymentLine> payments) {

    public record InstalmentLine(String instalmentId, LocalDate dueOn, BigDecimal amount, BigDecimal received,
                                 BigDecimal outstanding, boolean overdue) {
    }

    public record PaymentLine(String reference, LocalDate receivedOn, BigDecimal amount) {
    }

    static ScheduleResponse of(InstalmentSchedule schedule) {
        String currency = schedule.agreement().currency();
        return new ScheduleResponse(schedule.agreement().agreementNumber(), currency,
                shown(schedule.scheduled(), currency), shown(schedule.received(), currency),
                shown(schedule.outstanding(), currency),
                schedule.balances(LocalDate.now()).stream().map(ScheduleResponse::line).toList(),
                schedule.payments().stream().map(payment -> line(payment, currency)).toList());
    }

    private static InstalmentLine line(InstalmentBalance balance) {
        String currency = balance.agreement().currency();
        return new InstalmentLine(balance.instalment().instalmentId(), balance.instalment().dueOn(),
                shown(balance.instalment().amount(), currency), shown(balance.received(), currency),
                shown(balance.outstanding(), currency), balance.overdue());
    }

    private static PaymentLine line(Payment payment, String currency) {
        return new PaymentLine(payment.reference(), payment.receivedOn(), shown(payment.amount(), currency));
    }

    static BigDecimal shown(BigDecimal amount, String currency) {
        return Money.of(amount, currency).shown();
    }
}
