package org.itu.bdt.portfolio.funding.rates;


/** How many rows of a batch created a rate, revised one, or repeated the rate in force. */
public record RateBatchResponse(long created, long revised, long unchanged) {

    static RateBatchResponse of(PublicationCounts counts) {
        return new RateBatchResponse(counts.created(), counts.revised(), counts.unchanged());
    }
}
