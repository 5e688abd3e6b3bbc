package org.itu.bdt.portfolio.reporting.monitoring;

import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.THOUSANDS_1;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.count;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.decimal;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.money;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/** The quarterly report's tables: its figures first (the CSV), then the overview and the listings behind them. */
final class QuarterlyTables {

    private QuarterlyTables() {
    }

    static List<ReportTable> of(QuarterlyResponse response) {
        QuarterlyReport report = response.report();
        return List.of(figures(report), adjustments(response), overview(report), drillDown(report), signed(report),
                received(report), overdueReports(report), openActions(report));
    }

    private static ReportTable adjustments(QuarterlyResponse response) {
        var table = new ReportTable("adjustments", List.of(text("period"), text("figure"), decimal("locked"),
                decimal("now"), decimal("difference")));
        response.adjustments().forEach(adjustment -> table.row(adjustment.period(), adjustment.figure(),
                adjustment.locked(), adjustment.now(), adjustment.difference()));
        return table;
    }

    private static ReportTable figures(QuarterlyReport report) {
        QuarterlyReport.Figures figures = report.figures();
        return new ReportTable("quarterly", List.of(text("period"), text("figure"), decimal("value")))
                .row(report.period(), "projects started", figures.started())
                .row(report.period(), "projects ending", figures.ending())
                .row(report.period(), "projects closed", figures.closed())
                .row(report.period(), "partner reports overdue at quarter end", figures.overdueReports())
                .row(report.period(), "board actions open at quarter end", figures.openActions())
                .row(report.period(), "board actions overdue at quarter end", figures.overdueActions())
                .row(report.period(), "signed partner CHF", figures.signedPartnerChf())
                .row(report.period(), "signed ITU CHF", figures.signedItuChf())
                .row(report.period(), "received CHF", figures.receivedChf())
                .row(report.period(), "ongoing projects at quarter end", figures.ongoingProjects())
                .row(report.period(), "ongoing partner CHF at quarter end", figures.ongoingPartnerChf())
                .row(report.period(), "ongoing ITU CHF at quarter end", figures.ongoingItuChf());
    }

    private static ReportTable overview(QuarterlyReport report) {
        var table = new ReportTable("overview", List.of(text("region"), count("projects"),
                money("partner_funding", THOUSANDS_1), money("itu_funding", THOUSANDS_1), money("total", THOUSANDS_1)));
        report.overview().forEach(line -> table.row(line.label(), line.projects(), line.partnerChf(), line.ituChf(),
                line.totalChf()));
        return table;
    }

    private static ReportTable drillDown(QuarterlyReport report) {
        var table = new ReportTable("projects", List.of(text("figure"), text("project_number")));
        QuarterlyReport.DrillDown projects = report.projects();
        add(table, "started", projects.started());
        add(table, "ending", projects.ending());
        add(table, "closed", projects.closed());
        add(table, "overdue reports", projects.overdueReports());
        add(table, "open actions", projects.openActions());
        add(table, "overdue actions", projects.overdueActions());
        add(table, "signed", projects.signed());
        add(table, "received", projects.received());
        return table;
    }

    private static void add(ReportTable table, String figure, List<String> projects) {
        projects.forEach(project -> table.row(figure, project));
    }

    private static ReportTable signed(QuarterlyReport report) {
        var table = new ReportTable("signed-agreements", List.of(text("agreement_number"), text("project_number"),
                text("partner_id"), text("funding_source"), text("signed_on"), text("currency"),
                decimal("original_amount"), decimal("chf_amount"), decimal("rate"), text("rate_source")));
        report.signedAgreements().forEach(agreement -> table.row(agreement.agreementNumber(),
                agreement.projectNumber(), agreement.partnerId(), agreement.fundingSource(), agreement.signedOn(),
                agreement.currency(), agreement.originalAmount(), agreement.chfAmount(), agreement.rate(),
                agreement.rateSource()));
        return table;
    }

    private static ReportTable received(QuarterlyReport report) {
        var table = new ReportTable("instalments", List.of(text("reference"), text("agreement_number"),
                text("project_number"), text("received_on"), text("currency"), decimal("amount"), decimal("chf")));
        report.instalments().forEach(instalment -> table.row(instalment.reference(), instalment.agreementNumber(),
                instalment.projectNumber(), instalment.receivedOn(), instalment.currency(), instalment.amount(),
                instalment.chf()));
        return table;
    }

    private static ReportTable overdueReports(QuarterlyReport report) {
        var table = new ReportTable("overdue-reports", List.of(text("report_id"), text("project_number"),
                text("due_on"), text("overdue_since")));
        for (PartnerReport.OverdueReport late : report.overdueReports()) {
            table.row(late.reportId(), late.projectNumber(), late.dueOn(), late.overdueSince());
        }
        return table;
    }

    private static ReportTable openActions(QuarterlyReport report) {
        var table = new ReportTable("open-actions", List.of(text("action_id"), text("project_number"),
                text("opened_on"), text("due_on"), text("overdue")));
        for (BoardAction action : report.openActions()) {
            table.row(action.actionId(), action.projectNumber(), action.openedOn(), action.dueOn(),
                    action.overdueAt(report.end()) ? "yes" : "no");
        }
        return table;
    }
}
