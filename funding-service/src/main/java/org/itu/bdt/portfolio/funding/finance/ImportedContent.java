package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A checked row, field by field. The imports' idempotency rule: a reference is recorded once and never changes. */
public interface ImportedContent {

    String reference();

    /** The row's fields by their names in the request; amounts with two decimals, so equal means the same. */
    Map<String, Object> content();

    /** UNCHANGED for a replay of the recorded content; a row that would change it is rejected. */
    default RowOutcome replayOf(ImportedContent recorded) {
        List<FieldError> differences = differencesFrom(recorded);
        if (!differences.isEmpty()) {
            throw new RuleViolationException("reference " + reference() + " is recorded with other content",
                    differences);
        }
        return RowOutcome.UNCHANGED;
    }

    /** Nothing when the content is the recorded one; otherwise the reference and every field that differs. */
    default List<FieldError> differencesFrom(ImportedContent recorded) {
        List<FieldError> differences = new ArrayList<>();
        content().forEach((field, value) -> {
            Object was = recorded.content().get(field);
            if (!Objects.equals(value, was)) {
                differences.add(new FieldError(field, "differs from the recorded " + shown(was)));
            }
        });
        if (!differences.isEmpty()) {
            differences.add(0, new FieldError("reference",
                    "is already recorded with other content; a recorded row never changes"));
        }
        return differences;
    }

    private static String shown(Object value) {
        if (value == null) {
            return "nothing";
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
