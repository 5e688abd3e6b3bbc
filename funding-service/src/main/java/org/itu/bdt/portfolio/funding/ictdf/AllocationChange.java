package org.itu.bdt.portfolio.funding.ictdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one movement of an ITU funding line asks of the ICT-DF: {@code requested} CHF more allocated from
 * {@code from} until the line's next amendment takes force ({@code until}, exclusive; null: for good).
 * A negative request gives money back.
 */
public record AllocationChange(LocalDate from, LocalDate until, BigDecimal requested) {

    /** The change made by the movement {@code reference} among the movements of one funding line, in force order. */
    static AllocationChange of(List<IctDfMovement> line, String reference) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).reference().equals(reference)) {
                LocalDate until = i + 1 < line.size() ? line.get(i + 1).date() : null;
                return new AllocationChange(line.get(i).date(), until, line.get(i).amount().negate());
            }
        }
        throw new IllegalArgumentException("no movement " + reference + " in " + line);
    }
}
