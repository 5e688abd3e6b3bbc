package org.itu.bdt.portfolio.reporting.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.ledger.Dimension;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.THOUSANDS_1;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.count;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.money;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/** The portfolio as of a date by partner, regional initiative, funding source, status and recipient country. */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports")
@Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
public class BreakdownResource {

    private static final String AS_OF = "YYYY-MM-DD, default today";

    private final BreakdownService breakdowns;

    BreakdownResource(BreakdownService breakdowns) {
        this.breakdowns = breakdowns;
    }

    @GET
    @Path("/portfolio-by-partner")
    @Operation(summary = "The ongoing portfolio by funding partner (the ICT-DF as 'itu')")
    public Response byPartner(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                              HttpHeaders headers) {
        return respond(Dimension.PARTNER, asOf, headers);
    }

    @GET
    @Path("/portfolio-by-initiative")
    @Operation(summary = "The ongoing portfolio by regional initiative")
    public Response byInitiative(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                                 HttpHeaders headers) {
        return respond(Dimension.INITIATIVE, asOf, headers);
    }

    @GET
    @Path("/portfolio-by-funding-source")
    @Operation(summary = "The ongoing portfolio by funding source: partners (extrabudgetary) and ITU (ICT-DF)")
    public Response byFundingSource(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                                    HttpHeaders headers) {
        return respond(Dimension.FUNDING_SOURCE, asOf, headers);
    }

    @GET
    @Path("/portfolio-by-status")
    @Operation(summary = "Every project by its status at asOf")
    public Response byStatus(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                             HttpHeaders headers) {
        return respond(Dimension.STATUS, asOf, headers);
    }

    @GET
    @Path("/portfolio-by-country")
    @Operation(summary = "The ongoing portfolio by recipient country")
    public Response byCountry(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                              HttpHeaders headers) {
        return respond(Dimension.COUNTRY, asOf, headers);
    }

    private Response respond(Dimension dimension, String asOf, HttpHeaders headers) {
        String name = dimension.reportName();
        return ReportResponses.respond(headers, name, () -> {
            Breakdown breakdown = breakdowns.asOf(dimension, ReportResponses.asOf(asOf));
            return new ReportResponses.Report(BreakdownResponse.of(breakdown), List.of(table(name, breakdown)));
        });
    }

    private static ReportTable table(String name, Breakdown breakdown) {
        var table = new ReportTable(name, List.of(text("key"), text("label"), count("projects"),
                money("partner_funding", THOUSANDS_1), money("itu_funding", THOUSANDS_1), money("total", THOUSANDS_1)));
        breakdown.rows().forEach(row -> row(table, row.key(), row.label(), row.figures()));
        return row(table, "Total", "Total, every project once", breakdown.total());
    }

    private static ReportTable row(ReportTable table, String key, String label, PortfolioFigures figures) {
        return table.row(key, label, figures.projects(), figures.partnerChf(), figures.ituChf(), figures.totalChf());
    }
}
