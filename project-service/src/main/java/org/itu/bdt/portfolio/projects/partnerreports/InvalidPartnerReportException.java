package org.itu.bdt.portfolio.projects.partnerreports;

/** A partner-report request with a field the rules refuse (beyond what bean validation checks). */
public class InvalidPartnerReportException extends RuntimeException {
    private final String field;

    public InvalidPartnerReportException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
