package org.itu.bdt.portfolio.funding.rates;

import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.InvalidRowsException;
import org.itu.bdt.portfolio.funding.platform.RowError;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A batch of rates is taken whole or not at all: every bad row is named before anything is stored. */
public final class RateBatch {
    /**
     * A month of every currency is about 160 rates, ten years of them about 19,000: a larger batch is no publication,
     * and checking it would hold the rates' lock for as long as it took.
     */
    public static final int MAX_ROWS = 20_000;

    private RateBatch() {
    }

    public static List<RateTerms> checked(List<RateRow> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new InvalidRequestException(List.of(new FieldError("body",
                    "must hold at most " + MAX_ROWS + " rates, not " + rows.size())));
        }
        List<RateTerms> batch = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<RateKey, Integer> firstRowOf = new HashMap<>();
        for (RateRow row : rows) {
            try {
                RateTerms terms = RateTerms.of(row.currency(), row.month(), row.chfPerUnit(), row.source());
                Integer first = firstRowOf.putIfAbsent(terms.key(), row.row());
                if (first != null) {
                    errors.add(new RowError(row.row(), "month",
                            "repeats row " + first + ": one " + terms.key().currency() + " rate per month"));
                }
                batch.add(terms);
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new RowError(row.row(), error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException(errors);
        }
        return batch;
    }
}
