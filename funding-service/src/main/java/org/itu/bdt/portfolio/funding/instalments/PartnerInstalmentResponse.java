package org.itu.bdt.portfolio.funding.instalments;


import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a partner, with its agreement, in the agreement's currency. */
public record PartnerInstalmentResponse(String instalmentId, String agreementNumber, String projectNumber,
                                        String currency, LocalDate dueOn, BigDecimal amount, BigDecimal received,
                                        BigDecimal outstanding, boolean overdue) {

    static PartnerInstalmentResponse of(InstalmentBalance balance) {
        String currency = balance.agreement().currency();
        return new PartnerInstalmentResponse(balance.instalment().instalmentId(),
                balance.agreement().agreementNumber(), balance.agreement().projectNumber(), currency,
                balance.instalment().dueOn(), ScheduleResponse.shown(balance.instalment().amount(), currency),
                ScheduleResponse.shown(balance.received(), currency),
                ScheduleResponse.shown(balance.outstanding(), currency), balance.overdue());
    }
}
