package org.itu.bdt.portfolio.reporting;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.fundingEvent;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectEvent;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectStatusChanged;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectUpdated;

/**
 * The first quarter of 2025 built for the quarterly tests: 7AAA25001 starts (100000.00 partner, 20000.00 ITU),
 * 7BBB21001 ends and closes, 7CCC24001 has an overdue partner report, two board actions (one overdue, one done)
 * and a payment of EUR 10000.00 booked as CHF 9500.00 (at 0.95).
 */
public final class ConstructedQuarter {

    private ConstructedQuarter() {
    }

    /** A start, an ending and closure, an overdue report, board actions and a payment in 2025's first quarter. */
    public static List<PortfolioEvent> events() {
        return List.of(
                projectStatusChanged("7AAA25001", null, "APPROVED", "2024-12-01", 1),
                projectStatusChanged("7AAA25001", "APPROVED", "ONGOING", "2025-02-01", 2),
                project("7AAA25001", "EUROPE", "ONGOING", "2025-02-01", "2027-12-31", 2),
                agreementSigned("7AAA25001-01", "7AAA25001", "PARTNER", "100000.00", "2025-02-01"),
                agreementSigned("7AAA25001-02", "7AAA25001", "ITU", "20000.00", "2025-02-01"),
                projectStatusChanged("7BBB21001", null, "ONGOING", "2021-01-01", 1),
                projectStatusChanged("7BBB21001", "ONGOING", "OPERATIONALLY_CLOSED", "2025-03-20", 2),
                project("7BBB21001", "AFRICA", "OPERATIONALLY_CLOSED", "2021-01-01", "2025-03-31", 2),
                agreementSigned("7BBB21001-01", "7BBB21001", "PARTNER", "50000.00", "2021-01-01"),
                projectStatusChanged("7CCC24001", null, "ONGOING", "2024-06-01", 1),
                project("7CCC24001", "ASIA_PACIFIC", "ONGOING", "2024-06-01", "2026-06-30", 1),
                agreementSigned("7CCC24001-01", "7CCC24001", "PARTNER", "190000.00", "2024-06-01")
                        .with(Map.of("partnerId", "EC", "currency", "EUR", "originalAmount", "200000.00",
                                "rate", "0.950000", "rateMonth", "2024-06")),
                fundingEvent("InstalmentReceived", "7CCC24001", Map.of("agreementNumber", "7CCC24001-01",
                        "projectNumber", "7CCC24001", "partnerId", "EC", "reference", "FIN-2025-0301",
                        "receivedOn", "2025-03-01", "amount", "10000.00", "chfAmount", "9500.00",
                        "currency", "EUR")),
                projectEvent("PartnerReportDue", "7CCC24001", overdueReport(null)),
                projectEvent("PartnerReportOverdue", "7CCC24001", overdueReport("2025-02-15")),
                projectEvent("BoardDecisionRecorded", "7CCC24001", Map.of("decisionId", 12, "meetingNumber",
                        "PB-2025-01", "meetingDate", "2025-01-15", "projectNumber", "7CCC24001", "outcome",
                        "GUIDANCE_GIVEN", "actions", List.of(action(901, "2025-02-28", "OPEN", null),
                                action(902, "2025-06-30", "OPEN", null)))),
                projectEvent("BoardActionChanged", "7CCC24001", action(901, "2025-02-28", "OPEN", null)),
                projectEvent("BoardActionChanged", "7CCC24001", action(902, "2025-06-30", "OPEN", null)),
                projectEvent("BoardActionChanged", "7CCC24001", action(902, "2025-06-30", "DONE", "2025-03-10")));
    }

    private static Map<String, Object> overdueReport(String overdueSince) {
        Map<String, Object> data = new HashMap<>(Map.of("reportId", "7CCC24001-01-R1", "agreementNumber",
                "7CCC24001-01", "projectNumber", "7CCC24001", "partnerId", "EC", "finalReport", false,
                "dueOn", "2024-12-01"));
        data.put("overdueSince", overdueSince);
        return data;
    }

    private static Map<String, Object> action(long id, String dueOn, String status, String completedOn) {
        Map<String, Object> data = new HashMap<>(Map.of("actionId", id, "decisionId", 12, "projectNumber",
                "7CCC24001", "description", "follow up", "owner", "a.manager", "dueOn", dueOn, "status", status));
        data.put("completedOn", completedOn);
        return data;
    }

    private static PortfolioEvent project(String number, String region, String status, String signedOn,
                                          String endDate, int revision) {
        return projectUpdated(number, region, status, signedOn, signedOn, revision).with(Map.of("endDate", endDate));
    }

    /** Sends the events on the test broker and waits until the read model applied every one. */
    public static void apply(ReadModelTables tables, List<PortfolioEvent> events) {
        try (var producer = new PortfolioEventProducer()) {
            producer.send(events);
        }
        Set<UUID> ids = events.stream().map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> tables.consumedOf(ids) == ids.size());
    }
}
