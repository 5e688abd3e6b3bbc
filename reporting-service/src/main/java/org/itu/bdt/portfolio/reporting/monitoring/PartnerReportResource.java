package org.itu.bdt.portfolio.reporting.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.platform.NotFoundException;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.count;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.decimal;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/**
 * Partner report data: what one partner funds, with amounts, status, reporting schedule and reported risks. A
 * partner's portal reads its own report only: another partner's answers 404, as a partner that does not exist.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
@Path("/api/reports/partners")
public class PartnerReportResource {

    private final PartnerReportService partnerReports;
    private final Caller caller;

    PartnerReportResource(PartnerReportService partnerReports, Caller caller) {
        this.partnerReports = partnerReports;
        this.caller = caller;
    }

    @GET
    @Path("/{partnerId}")
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Partner report data: every agreement of one partner as of a date",
            description = "Amounts signed, in effect and received, in the agreement's currency and in CHF at the "
                    + "agreement's own rate; text/csv is the agreements table, xlsx adds risks and overdue reports")
    public Response partner(@PathParam("partnerId") String partnerId,
                            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
                            HttpHeaders headers) {
        return ReportResponses.respond(headers, "partner-" + partnerId, () -> {
            LocalDate date = ReportResponses.asOf(asOf);
            PartnerReport report = Optional.of(partnerId).filter(caller::sees)
                    .flatMap(visible -> partnerReports.of(visible, date))
                    .orElseThrow(() -> new NotFoundException("No partner " + partnerId));
            return new ReportResponses.Report(report, List.of(agreements(report), risks(report), overdue(report)));
        });
    }

    private static ReportTable agreements(PartnerReport report) {
        var table = new ReportTable("agreements", List.of(text("project_number"), text("title"), text("status"),
                text("agreement_number"), text("kind"), text("signed_on"), text("currency"), decimal("signed"),
                decimal("signed_chf"), decimal("in_effect"), decimal("in_effect_chf"), decimal("received"),
                decimal("received_chf"), decimal("rate"), count("interval_months"), text("next_due_on"),
                count("overdue_reports")));
        for (PartnerReport.Project project : report.projects()) {
            for (PartnerReport.Agreement agreement : project.agreements()) {
                table.row(project.projectNumber(), project.title(), project.status(), agreement.agreementNumber(),
                        agreement.kind(), agreement.signedOn(), agreement.currency(), agreement.signed().amount(),
                        agreement.signed().chf(), agreement.inEffect().amount(), agreement.inEffect().chf(),
                        agreement.received().amount(), agreement.received().chf(), agreement.rate(),
                        agreement.schedule().intervalMonths(), agreement.schedule().nextDueOn(),
                        agreement.schedule().overdueReports().size());
            }
        }
        PartnerReport.Total total = report.total();
        return table.row("Total", null, null, null, null, null, "CHF", null, total.signedChf(), null,
                total.inEffectChf(), null, total.receivedChf(), null, null, null, null);
    }

    private static ReportTable risks(PartnerReport report) {
        var table = new ReportTable("risks", List.of(text("project_number"), text("agreement_number"),
                text("report_id"), text("submitted_on"), text("challenges"), text("risk"), text("rating"),
                text("mitigation")));
        for (PartnerReport.Project project : report.projects()) {
            for (PartnerReport.Agreement agreement : project.agreements()) {
                PartnerReport.SubmittedReport latest = agreement.latestReport();
                if (latest != null) {
                    for (ReportedRisk risk : latest.risks()) {
                        table.row(project.projectNumber(), agreement.agreementNumber(), latest.reportId(),
                                latest.submittedOn(), latest.challenges(), risk.description(), risk.rating(),
                                risk.mitigation());
                    }
                }
            }
        }
        return table;
    }

    private static ReportTable overdue(PartnerReport report) {
        var table = new ReportTable("overdue-reports", List.of(text("project_number"), text("agreement_number"),
                text("report_id"), text("due_on"), text("overdue_since")));
        report.projects().stream().flatMap(project -> project.agreements().stream())
                .flatMap(agreement -> agreement.schedule().overdueReports().stream())
                .forEach(late -> table.row(late.projectNumber(), late.agreementNumber(), late.reportId(),
                        late.dueOn(), late.overdueSince()));
        return table;
    }
}
