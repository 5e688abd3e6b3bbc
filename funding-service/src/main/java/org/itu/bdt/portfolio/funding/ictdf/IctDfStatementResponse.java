package org.itu.bdt.portfolio.funding.ictdf;


import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.funding.ictdf.IctDfAccountResponse.chf;


/** Amounts are signed: + money in, - money out; balance is the running balance after the line. */
public record IctDfStatementResponse(LocalDate from, LocalDate to, String currency, BigDecimal openingBalance,
                                     List<Line> lines, BigDecimal closingBalance) {

    public record Line(LocalDate date, IctDfMovement.Kind kind, String reference, String projectNumber,
                       BigDecimal amountChf, BigDecimal balance) {
    }

    static IctDfStatementResponse of(IctDfStatement statement) {
        return new IctDfStatementResponse(statement.from(), statement.to(), Money.CHF.getCurrencyCode(),
                chf(statement.openingBalance()), statement.lines().stream().map(IctDfStatementResponse::line).toList(),
                chf(statement.closingBalance()));
    }

    private static Line line(IctDfStatement.Line line) {
        IctDfMovement movement = line.movement();
        return new Line(movement.date(), movement.kind(), movement.reference(), movement.projectNumber(),
                chf(movement.amount()), chf(line.balance()));
    }
}
