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
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.time.LocalDate;
import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.THOUSANDS_0;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.money;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

/** Figure 4: the projects signed in a year with ICT-DF seed funding. */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports")
public class IctDfProjectsResource {

    private final IctDfProjectService ictDfProjects;

    IctDfProjectsResource(IctDfProjectService ictDfProjects) {
        this.ictDfProjects = ictDfProjects;
    }

    @GET
    @Path("/ictdf-projects")
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Figure 4: projects signed in a year with ICT-DF funds, amounts as signed",
            description = "text/csv is the printed Figure 4 in whole thousand CHF, half-up; default asOf's year")
    public Response ictDfProjects(@Parameter(description = "year of signature") @QueryParam("year") String year,
                                  @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf")
                                  String asOf, HttpHeaders headers) {
        return ReportResponses.respond(headers, "ictdf-projects", () -> {
            LocalDate date = ReportResponses.asOf(asOf);
            int signedIn = ReportResponses.year("year", year, date.getYear());
            var response = IctDfProjectsResponse.of(date, signedIn, ictDfProjects.signedIn(signedIn, date));
            return new ReportResponses.Report(response, List.of(table(response)));
        });
    }

    /** Figure 4 as printed: whole thousand CHF, partners joined with "; ", a Total row without text. */
    private static ReportTable table(IctDfProjectsResponse response) {
        var table = new ReportTable("ictdf-projects", List.of(text("project_number"), text("name"), text("region"),
                text("regional_initiative"), money("external_funds", THOUSANDS_0), money("itu_funds", THOUSANDS_0),
                money("total", THOUSANDS_0), text("partners")));
        for (IctDfProjectsResponse.Line line : response.projects()) {
            table.row(line.projectNumber(), line.name(), line.regionLabel(), line.regionalInitiative(),
                    line.externalFunds(), line.ituFunds(), line.total(), String.join("; ", line.partners()));
        }
        IctDfProjectsResponse.Total total = response.total();
        return table.row("Total", null, null, null, total.externalFunds(), total.ituFunds(), total.total(), null);
    }
}
