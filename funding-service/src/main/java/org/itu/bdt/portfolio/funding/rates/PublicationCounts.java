package org.itu.bdt.portfolio.funding.rates;

import java.util.Collection;

/** What a batch of rates did, row by row, counted. */
public record PublicationCounts(long created, long revised, long unchanged) {

    static PublicationCounts of(Collection<RateOutcome> outcomes) {
        return new PublicationCounts(count(outcomes, RateOutcome.CREATED), count(outcomes, RateOutcome.REVISED),
                count(outcomes, RateOutcome.UNCHANGED));
    }

    private static long count(Collection<RateOutcome> outcomes, RateOutcome wanted) {
        return outcomes.stream().filter(wanted::equals).count();
    }
}
