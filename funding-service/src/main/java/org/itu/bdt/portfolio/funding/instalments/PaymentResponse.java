package org.itu.bdt.portfolio.funding.instalments;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment in the agreement's currency and the instalments it filled, oldest first. */
public record PaymentResponse(String reference, String agreementNumber, LocalDate receivedOn, BigDecimal amount,
                              String currency, List<AppliedLine> appliedTo) {

    public record AppliedLine(String instalmentId, LocalDate dueOn, BigDecimal amount) {
    }

    static PaymentResponse of(PaymentReceipt receipt) {
        String currency = receipt.agreement().currency();
        return new PaymentResponse(receipt.payment().reference(), receipt.agreement().agreementNumber(),
                receipt.payment().receivedOn(), ScheduleResponse.shown(receipt.payment().amount(), currency),
                currency, receipt.appliedTo().stream().map(applied -> line(applied, currency)).toList());
    }

    private static AppliedLine line(PaymentApplication applied, String currency) {
        return new AppliedLine(applied.instalment().instalmentId(), applied.instalment().dueOn(),
                ScheduleResponse.shown(applied.amount(), currency));
    }
}
