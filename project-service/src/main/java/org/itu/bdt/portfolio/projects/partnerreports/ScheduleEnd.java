package org.itu.bdt.portfolio.projects.partnerreports;

/** Why a partner-report schedule stopped producing deadlines. */
public enum ScheduleEnd {
    /** The project was closed operationally: a final report is due. */
    CLOSURE,
    /** The agreement was cancelled: nothing is due after the cancellation. */
    CANCELLATION
}
