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
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.platform.InvalidParameterException;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.MILLIONS_1;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.THOUSANDS_1;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.count;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.money;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/** Figures 2 and 3: the projects signed per year, and how those of one year are funded. */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports")
@Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
public class NewProjectsResource {

    private static final int DEFAULT_YEARS = 11;

    private final NewProjectService newProjects;

    NewProjectsResource(NewProjectService newProjects) {
        this.newProjects = newProjects;
    }

    @GET
    @Path("/signed-per-year")
    @Operation(summary = "Figure 2: count and value of the projects signed each year",
            description = "Value = cash project agreements as signed; default the 11 years up to asOf's year")
    public Response signedPerYear(@Parameter(description = "first year") @QueryParam("from") String from,
                                  @Parameter(description = "last year") @QueryParam("to") String to,
                                  @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf")
                                  String asOf, HttpHeaders headers) {
        return ReportResponses.respond(headers, "signed-per-year", () -> {
            LocalDate date = ReportResponses.asOf(asOf);
            int last = ReportResponses.year("to", to, date.getYear());
            int first = ReportResponses.year("from", from, last - DEFAULT_YEARS + 1);
            if (first > last) {
                throw new InvalidParameterException("from", "must not be after to (" + last + ")");
            }
            List<NewProjectService.Year> years = newProjects.perYear(first, last, date);
            return new ReportResponses.Report(NewProjectsResponses.SignedPerYear.of(date, first, last, years),
                    List.of(signedPerYearTable(years)));
        });
    }

    @GET
    @Path("/funding-sources")
    @Operation(summary = "Figure 3: partner (extrabudgetary) and ITU funding of the projects signed in a year",
            description = "Whole percent, half-up; default asOf's year")
    public Response fundingSources(@Parameter(description = "year of signature") @QueryParam("year") String year,
                                   @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf")
                                   String asOf, HttpHeaders headers) {
        return ReportResponses.respond(headers, "funding-sources", () -> {
            LocalDate date = ReportResponses.asOf(asOf);
            int signedIn = ReportResponses.year("year", year, date.getYear());
            var response = NewProjectsResponses.FundingSources.of(date, signedIn,
                    newProjects.signedIn(signedIn, date));
            return new ReportResponses.Report(response, List.of(fundingSourcesTable(response)));
        });
    }

    private static ReportTable signedPerYearTable(List<NewProjectService.Year> years) {
        var table = new ReportTable("signed-per-year", List.of(text("year"), count("projects"),
                money("partner_funding", THOUSANDS_1), money("itu_funding", THOUSANDS_1), money("total", THOUSANDS_1),
                money("value_million_chf", MILLIONS_1)));
        for (NewProjectService.Year year : years) {
            PortfolioFigures figures = year.figures();
            table.row(String.valueOf(year.year()), figures.projects(), figures.partnerChf(), figures.ituChf(),
                    figures.totalChf(), figures.totalChf());
        }
        return table;
    }

    private static ReportTable fundingSourcesTable(NewProjectsResponses.FundingSources response) {
        var table = new ReportTable("funding-sources", List.of(text("source"), text("label"),
                money("funding", THOUSANDS_1), count("percent")));
        response.sources().forEach(source ->
                table.row(source.source(), source.label(), source.amount(), (long) source.percent()));
        return table.row("Total", response.projects() + " projects signed in " + response.year(), response.total(),
                response.total().signum() == 0 ? 0L : 100L);
    }
}
