package org.itu.bdt.portfolio.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One quarter's monitoring report, read up to {@code end} (the quarter's last day, or asOf if earlier): what
 * happened in the quarter, what stood open at its end, and the portfolio at its end. Plain values only, so that a
 * locked report stored as JSON reads back exactly.
 */
public record QuarterlyReport(String period, LocalDate from, LocalDate to, LocalDate end, Figures figures,
                              DrillDown projects, List<PartnerReport.OverdueReport> overdueReports,
                              List<BoardAction> openActions, List<SignedAgreement> signedAgreements,
                              List<ReceivedInstalment> instalments, List<RegionLine> overview) {

    /** Every number of the report; the lock compares these. */
    public record Figures(long started, long ending, long closed, long overdueReports, long openActions,
                          long overdueActions, BigDecimal signedPartnerChf, BigDecimal signedItuChf,
                          BigDecimal receivedChf, long ongoingProjects, BigDecimal ongoingPartnerChf,
                          BigDecimal ongoingItuChf) {

        /** Every figure by its name, in the report's order. */
        public Map<String, BigDecimal> byName() {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("started", BigDecimal.valueOf(started));
            figures.put("ending", BigDecimal.valueOf(ending));
            figures.put("closed", BigDecimal.valueOf(closed));
            figures.put("overdueReports", BigDecimal.valueOf(overdueReports));
            figures.put("openActions", BigDecimal.valueOf(openActions));
            figures.put("overdueActions", BigDecimal.valueOf(overdueActions));
            figures.put("signedPartnerChf", signedPartnerChf);
            figures.put("signedItuChf", signedItuChf);
            figures.put("receivedChf", receivedChf);
            figures.put("ongoingProjects", BigDecimal.valueOf(ongoingProjects));
            figures.put("ongoingPartnerChf", ongoingPartnerChf);
            figures.put("ongoingItuChf", ongoingItuChf);
            return figures;
        }
    }

    /** The projects behind each count. */
    public record DrillDown(List<String> started, List<String> ending, List<String> closed,
                            List<String> overdueReports, List<String> openActions, List<String> overdueActions,
                            List<String> signed, List<String> received) {
    }

    public record SignedAgreement(String agreementNumber, String projectNumber, String partnerId,
                                  String fundingSource, String kind, LocalDate signedOn, String currency,
                                  BigDecimal originalAmount, BigDecimal chfAmount, BigDecimal rate,
                                  String rateSource) {
    }

    /** An instalment with the CHF amount funding-service booked for it (null in a read model older than that). */
    public record ReceivedInstalment(String reference, String agreementNumber, String projectNumber,
                                     LocalDate receivedOn, String currency, BigDecimal amount, BigDecimal chf) {
    }

    /** Figure 1's line of a region at the quarter's end. */
    public record RegionLine(String region, String label, long projects, BigDecimal partnerChf, BigDecimal ituChf,
                             BigDecimal totalChf) {
    }
}
