package org.itu.bdt.portfolio.reporting.readmodel;

import java.time.OffsetDateTime;

/** One rebuild of the read model, as recorded in reporting_admin.rebuild. */
public record Rebuild(long id, State state, String targetSchema, long recordsReplayed, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, String failure) {

    public enum State { RUNNING, FINISHED, FAILED, ABANDONED }
}
