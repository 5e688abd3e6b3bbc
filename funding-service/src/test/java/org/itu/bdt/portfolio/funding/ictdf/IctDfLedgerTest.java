package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.agreements.Agreement;
import org.itu.bdt.portfolio.funding.agreements.AgreementTerms;
import org.itu.bdt.portfolio.funding.agreements.AmendmentTerms;
import org.itu.bdt.portfolio.funding.agreements.CancellationTerms;
import org.itu.bdt.portfolio.funding.agreements.FundingSource;
import org.itu.bdt.portfolio.funding.ictdf.IctDfMovement.Kind;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class IctDfLedgerTest {
    private static final LocalDate JAN_1 = LocalDate.parse("2020-01-01");
    private static final LocalDate MAR_1 = LocalDate.parse("2020-03-01");
    private static final LocalDate JUN_1 = LocalDate.parse("2020-06-01");
    private static final LocalDate SEP_1 = LocalDate.parse("2020-09-01");

    @Test
    void aLineAmendedTwiceMovesTheAccountByTheDifferenceFromTheAmountInForceBefore() {
        Agreement line = ituLine("7TST00001-01", "900.00", MAR_1);
        line.amend("A-LATE", amendment(SEP_1, "500.00"));
        line.amend("A-EARLY", amendment(JUN_1, "950.00"));

        assertThat(IctDfMovement.allocationsOf(line)).containsExactly(
                new IctDfMovement(MAR_1, Kind.ALLOCATION, "7TST00001-01", "7TST00001", amount("-900.00")),
                new IctDfMovement(JUN_1, Kind.ALLOCATION_AMENDED, "A-EARLY", "7TST00001", amount("-50.00")),
                new IctDfMovement(SEP_1, Kind.ALLOCATION_AMENDED, "A-LATE", "7TST00001", amount("450.00")));
    }

    @Test
    void aCancelledLineGivesBackOnItsCancellationDateWhatWasInForceTheDayBefore() {
        LocalDate aug1 = LocalDate.parse("2020-08-01");
        Agreement line = ituLine("7TST00001-01", "900.00", MAR_1);
        line.amend("A-EARLY", amendment(JUN_1, "950.00"));
        line.amend("A-LATE", amendment(SEP_1, "500.00"));
        line.cancel(new CancellationTerms(aug1, "project stopped"));

        assertThat(IctDfMovement.allocationsOf(line)).containsExactly(
                new IctDfMovement(MAR_1, Kind.ALLOCATION, "7TST00001-01", "7TST00001", amount("-900.00")),
                new IctDfMovement(JUN_1, Kind.ALLOCATION_AMENDED, "A-EARLY", "7TST00001", amount("-50.00")),
                new IctDfMovement(aug1, Kind.ALLOCATION_RELEASED, "7TST00001-01", "7TST00001", amount("950.00")));
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), line);
        assertThat(ledger.asOf(aug1.minusDays(1))).isEqualTo(balance(aug1.minusDays(1), "1000.00", "950.00", "50.00"));
        assertThat(ledger.asOf(aug1)).isEqualTo(balance(aug1, "1000.00", "0.00", "1000.00"));
    }

    @Test
    void theBalanceAtADateCountsEverythingDatedOnOrBeforeIt() {
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), ituLine("7TST00001-01", "300.00", MAR_1));

        assertThat(ledger.asOf(JAN_1.minusDays(1))).isEqualTo(balance(JAN_1.minusDays(1), "0", "0", "0"));
        assertThat(ledger.asOf(MAR_1.minusDays(1))).isEqualTo(balance(MAR_1.minusDays(1), "1000.00", "0", "1000.00"));
        assertThat(ledger.asOf(MAR_1)).isEqualTo(balance(MAR_1, "1000.00", "300.00", "700.00"));
        assertThat(ledger.balanceAt(SEP_1)).isEqualTo(amount("700.00"));
    }

    @Test
    void theLowestBalanceOfAPeriodIsTakenAtTheEndOfEachDayInIt() {
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), ituLine("7TST00001-01", "800.00", MAR_1),
                transfer("T2", JUN_1, "500.00"), ituLine("7TST00002-01", "650.00", SEP_1));

        assertThat(ledger.lowestBalance(JAN_1, null)).isEqualTo(amount("50.00"));
        assertThat(ledger.lowestBalance(JAN_1, SEP_1)).isEqualTo(amount("200.00"));
        assertThat(ledger.lowestBalance(JAN_1, MAR_1)).isEqualTo(amount("1000.00"));
        assertThat(ledger.lowestBalance(JUN_1, null)).isEqualTo(amount("50.00"));
    }

    @Test
    void moneyInCountsBeforeMoneyOutOnTheSameDay() {
        IctDfLedger ledger = ledger(ituLine("7TST00001-01", "100.00", JAN_1), transfer("T1", JAN_1, "100.00"));

        assertThat(ledger.statement(JAN_1, JAN_1).lines()).extracting(IctDfStatement.Line::balance)
                .containsExactly(amount("100.00"), amount("0.00"));
    }

    @Test
    void anAllocationTheBalanceCoversToTheCentimeIsAccepted() {
        Agreement line = ituLine("7TST00001-01", "1000.00", MAR_1);
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), line);

        ledger.ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(line), "7TST00001-01"));
    }

    @Test
    void aBackDatedAllocationIsRefusedWithTheLowestBalanceOfTheDaysItWouldBeInForce() {
        Agreement backDated = ituLine("7TST00002-01", "600.00", MAR_1);
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), transfer("T2", JUN_1, "1000.00"),
                ituLine("7TST00001-01", "1500.00", SEP_1), backDated);

        OverAllocationException refusal = catchThrowableOfType(OverAllocationException.class,
                () -> ledger.ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(backDated),
                        "7TST00002-01")));

        assertThat(refusal.balance()).isEqualTo(Money.chf(amount("500.00")));
        assertThat(refusal.requested()).isEqualTo(Money.chf(amount("600.00")));
        assertThat(refusal).hasMessage(
                "the ICT-DF balance available from 2020-03-01 on is 500.00 CHF, less than the 600.00 CHF requested");
    }

    @Test
    void anAmendmentIsCheckedOnlyUntilTheNextAmendmentOfItsLine() {
        Agreement line = ituLine("7TST00001-01", "900.00", MAR_1);
        line.amend("A1", amendment(SEP_1, "100.00"));
        line.amend("A2", amendment(JUN_1, "1000.00"));
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), line, ituLine("7TST00002-01", "950.00", SEP_1));

        ledger.ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(line), "A2"));
        assertThat(AllocationChange.of(IctDfMovement.allocationsOf(line), "A2"))
                .isEqualTo(new AllocationChange(JUN_1, SEP_1, amount("100.00")));
    }

    @Test
    void aRaiseTheBalanceCannotCoverNamesTheLastDayOfItsPeriod() {
        Agreement line = ituLine("7TST00001-01", "900.00", MAR_1);
        line.amend("A1", amendment(SEP_1, "100.00"));
        line.amend("A2", amendment(JUN_1, "1000.01"));
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), line);

        assertThatThrownBy(() -> ledger.ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(line), "A2")))
                .isInstanceOf(OverAllocationException.class)
                .hasMessage("the ICT-DF balance available from 2020-06-01 until 2020-08-31 is 100.00 CHF,"
                        + " less than the 100.01 CHF requested");
    }

    @Test
    void aCutIsNeverRefused() {
        Agreement line = ituLine("7TST00001-01", "900.00", MAR_1);
        line.amend("A1", amendment(JUN_1, "100.00"));

        ledger(line).ensureCovered(AllocationChange.of(IctDfMovement.allocationsOf(line), "A1"));
    }

    @Test
    void theStatementOpensWithTheBalanceOfTheDayBeforeAndClosesWithTheLastRunningBalance() {
        IctDfLedger ledger = ledger(transfer("T1", JAN_1, "1000.00"), ituLine("7TST00001-01", "300.00", MAR_1),
                transfer("T2", SEP_1, "50.00"));

        IctDfStatement statement = ledger.statement(MAR_1, JUN_1);

        assertThat(statement.openingBalance()).isEqualTo(amount("1000.00"));
        assertThat(statement.lines()).extracting(line -> line.movement().reference(), IctDfStatement.Line::balance)
                .containsExactly(tuple("7TST00001-01", amount("700.00")));
        assertThat(statement.closingBalance()).isEqualTo(amount("700.00"));
    }

    @Test
    void aStatementWithoutStartBeginsAtTheFirstMovement() {
        IctDfStatement statement = ledger(transfer("T1", MAR_1, "10.00")).statement(null, SEP_1);

        assertThat(statement.from()).isEqualTo(MAR_1);
        assertThat(statement.openingBalance()).isEqualTo(BigDecimal.ZERO);
        assertThat(statement.closingBalance()).isEqualTo(amount("10.00"));
    }

    @Test
    void anEmptyAccountsStatementIsOneDayLong() {
        IctDfStatement statement = ledger().statement(null, SEP_1);

        assertThat(statement.from()).isEqualTo(SEP_1);
        assertThat(statement.lines()).isEmpty();
    }

    @Test
    void aTransferOfNothingIsRefused() {
        InvalidRequestException refusal = catchThrowableOfType(InvalidRequestException.class,
                () -> new TransferTerms(null, JAN_1, amount("0.00"), "source", "reference"));

        assertThat(refusal.errors()).containsExactly(new FieldError("amountChf", "must be greater than zero"));
    }

    @Test
    void aGeneratedTransferIdCountsTheTransfersOfItsDay() {
        assertThat(IctDfTransfer.nextId(MAR_1, id -> id.equals("ICTDF-2020-03-01-1"))).isEqualTo("ICTDF-2020-03-01-2");
    }

    private static IctDfLedger ledger(Object... entries) {
        List<IctDfMovement> movements = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof IctDfTransfer transfer) {
                movements.add(IctDfMovement.transferIn(transfer));
            } else {
                movements.addAll(IctDfMovement.allocationsOf((Agreement) entry));
            }
        }
        return new IctDfLedger(movements);
    }

    private static IctDfTransfer transfer(String transferId, LocalDate receivedOn, String amount) {
        return new IctDfTransfer(transferId, new TransferTerms(transferId, receivedOn, amount(amount), "test", "test"));
    }

    private static Agreement ituLine(String agreementNumber, String amount, LocalDate signedOn) {
        return new Agreement(agreementNumber, new AgreementTerms(agreementNumber, agreementNumber.substring(0, 9),
                FundingSource.ITU, null, "CHF", amount(amount), null, signedOn, null, null, null), AgreementRate.CHF);
    }

    private static AmendmentTerms amendment(LocalDate effectiveOn, String amount) {
        return new AmendmentTerms(null, effectiveOn, amount(amount), null, "test");
    }

    private static IctDfBalance balance(LocalDate asOf, String transfersIn, String allocated, String balance) {
        return new IctDfBalance(asOf, amount(transfersIn), amount(allocated), amount(balance));
    }

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }
}
