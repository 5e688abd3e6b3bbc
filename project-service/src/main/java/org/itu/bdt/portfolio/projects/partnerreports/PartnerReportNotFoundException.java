package org.itu.bdt.portfolio.projects.partnerreports;

/** No partner report or schedule with the id asked for. */
public class PartnerReportNotFoundException extends RuntimeException {
    public PartnerReportNotFoundException(String message) {
        super(message);
    }
}
