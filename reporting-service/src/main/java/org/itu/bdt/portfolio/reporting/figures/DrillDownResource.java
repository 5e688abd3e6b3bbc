package org.itu.bdt.portfolio.reporting.figures;

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
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.LedgerKey;
import org.itu.bdt.portfolio.reporting.platform.NotFoundException;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.decimal;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/**
 * One scheme for every report: {@code /api/reports/{report}/{key}/projects} lists the projects and agreements
 * behind the row {@code key} of {@code report} as of a date — a region, partner, initiative code, funding source,
 * status or country, or a year for Figures 2 to 4.
 */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports")
public class DrillDownResource {

    private static final String FIGURE_4 = "ictdf-projects";

    private final DrillDownService drillDowns;

    DrillDownResource(DrillDownService drillDowns) {
        this.drillDowns = drillDowns;
    }

    @GET
    @Path("/{report}/{key}/projects")
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The projects and agreements behind one row of a report",
            description = "Each agreement with its currency, original amount, the CHF amount counted, and the rate, "
                    + "rate month and rate source of its conversion. text/csv lists the agreements.")
    public Response projects(@PathParam("report") String report, @PathParam("key") String key,
                             @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
                             HttpHeaders headers) {
        if (!FIGURE_4.equals(report) && Dimension.ofReport(report).isEmpty()) {
            throw new NotFoundException("no report " + report + "; drill-downs exist for " + FIGURE_4 + " and "
                    + String.join(", ", Dimension.reportNames()));
        }
        return ReportResponses.respond(headers, report + "-" + key, () -> {
            LocalDate date = ReportResponses.asOf(asOf);
            List<DrilledProject> projects = FIGURE_4.equals(report)
                    ? drillDowns.ictDfProjects(ReportResponses.year("key", key, date.getYear()), date)
                    : drillDowns.under(keyOf(report, key, date), date);
            var response = DrillDownResponse.of(date, report, key, projects);
            return new ReportResponses.Report(response, List.of(agreementsTable(response), projectsTable(response)));
        });
    }

    private static LedgerKey keyOf(String report, String key, LocalDate date) {
        Dimension dimension = Dimension.ofReport(report).orElseThrow();
        if (dimension == Dimension.SIGNED_YEAR) {
            return new LedgerKey(dimension, String.valueOf(ReportResponses.year("key", key, date.getYear())));
        }
        return new LedgerKey(dimension, key);
    }

    private static ReportTable agreementsTable(DrillDownResponse response) {
        var table = new ReportTable("agreements", List.of(text("project_number"), text("title"), text("status"),
                text("agreement_number"), text("partner_id"), text("partner_name"), text("funding_source"),
                text("kind"), text("signed_on"), text("amended_on"), text("cancelled_on"), text("currency"),
                decimal("original_amount"), decimal("chf_amount"), decimal("rate"), text("rate_month"),
                text("rate_source")));
        for (DrillDownResponse.Project project : response.projects()) {
            for (DrillDownResponse.Agreement agreement : project.agreements()) {
                table.row(project.projectNumber(), project.title(), project.status(), agreement.agreementNumber(),
                        agreement.partnerId(), agreement.partnerName(), agreement.fundingSource(), agreement.kind(),
                        agreement.signedOn(), agreement.amendedOn(), agreement.cancelledOn(), agreement.currency(),
                        agreement.originalAmount(), agreement.chfAmount(), agreement.rate(), agreement.rateMonth(),
                        agreement.rateSource());
            }
        }
        return table;
    }

    private static ReportTable projectsTable(DrillDownResponse response) {
        var table = new ReportTable("projects", List.of(text("project_number"), text("title"), text("region"),
                text("status"), decimal("partner_funding_chf"), decimal("itu_funding_chf"), decimal("total_chf")));
        response.projects().forEach(project -> table.row(project.projectNumber(), project.title(), project.region(),
                project.status(), project.partnerFunding(), project.ituFunding(), project.total()));
        return table;
    }
}
