package org.itu.bdt.portfolio.kit.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it sends a sensible one (a portal or a
 * finance system correlating its own logs), otherwise a new UUID. Echoed in the response and kept in the audit trail.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String value;

    /** Taken once, at the start of the request: a later call cannot change it. */
    void adopt(String offered) {
        if (value == null) {
            value = offered != null && SENSIBLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        }
    }

    public String value() {
        adopt(null);
        return value;
    }
}
