package org.itu.bdt.portfolio.projects.partnerreports;

/** A partner-report request that contradicts what is already recorded; {@code slug} names the problem type. */
public class PartnerReportConflictException extends RuntimeException {
    private final String slug;

    public PartnerReportConflictException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
