package org.itu.bdt.portfolio.projects.lifecycle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's history as a caller may read it: its steps, oldest first, and the agreement numbers the caller may
 * not see (a partner sees only its own agreements), which every reason shows as {@value #WITHHELD}.
 */
public record ProjectHistory(List<StatusChange> steps, List<String> withheldAgreements) {

    static final String WITHHELD = "[withheld]";

    public ProjectHistory {
        steps = List.copyOf(steps);
        withheldAgreements = List.copyOf(withheldAgreements);
    }

    public String reasonOf(StatusChange step) {
        String reason = step.reason();
        if (reason == null) {
            return null;
        }
        for (String agreementNumber : withheldAgreements) {
            // the whole number only: 7EUR26101-01 is not part of 7EUR26101-011
            reason = Pattern.compile("(?<![\\w-])" + Pattern.quote(agreementNumber) + "(?![\\w-])").matcher(reason)
                    .replaceAll(Matcher.quoteReplacement(WITHHELD));
        }
        return reason;
    }
}
