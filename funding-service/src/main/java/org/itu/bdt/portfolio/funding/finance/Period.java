package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.time.LocalDate;
import java.util.List;

/** Days from one date to another, both included; an absent end leaves the period open on that side. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException(List.of(new FieldError("to", "must not be before from (" + from + ")")));
        }
    }
}
