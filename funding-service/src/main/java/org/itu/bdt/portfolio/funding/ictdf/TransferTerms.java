package org.itu.bdt.portfolio.funding.ictdf;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a transfer into the ICT-DF asks for; transferId is generated when absent. */
public record TransferTerms(String transferId, LocalDate receivedOn, BigDecimal amountChf, String source,
                            String reference) {

    /** A transfer of nothing is no transfer: the amount rules of agreements allow zero, this one does not. */
    public TransferTerms {
        if (amountChf.signum() == 0) {
            throw new InvalidRequestException(List.of(new FieldError("amountChf", "must be greater than zero")));
        }
    }
}
