package org.itu.bdt.portfolio.tools.bench;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One event of the synthetic portfolio as the producing service would publish it (docs/events.md): its topic, key
 * (= {@code ce_subject}), prefixed type, id, time and JSON data.
 */
public record SyntheticEvent(String topic, String key, String type, UUID id, LocalDate on, String data) {

    static final String PROJECTS = "portfolio.projects.v1";
    static final String FUNDING = "portfolio.funding.v1";
    static final String TYPE_PREFIX = "int.itu.bdt.portfolio.";

    /** The producing service, as {@code ce_source} names it. */
    public String source() {
        return PROJECTS.equals(topic) ? "/bdt/project-service" : "/bdt/funding-service";
    }

    /** {@code ce_time}: the synthetic portfolio commits each change at noon UTC of its business date. */
    public String time() {
        return on + "T12:00:00Z";
    }
}
