package org.itu.bdt.portfolio.reporting.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.itu.bdt.portfolio.reporting.platform.InvalidParameterException;
import org.itu.bdt.portfolio.reporting.platform.NotFoundException;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;

import java.time.LocalDate;

/** Quarterly monitoring: what happened in a quarter and what stood open at its end; internal, locks for admin. */
@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports/quarterly")
public class QuarterlyReportResource {

    private final QuarterlyReportService monitoring;
    private final Caller caller;

    QuarterlyReportResource(QuarterlyReportService monitoring, Caller caller) {
        this.monitoring = monitoring;
        this.caller = caller;
    }

    @GET
    @Path("/{period}")
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Quarterly monitoring report of a quarter, e.g. 2024-Q4",
            description = "Counts with the projects behind each, money signed and received, overdue reports, open "
                    + "board actions and the portfolio by region at the quarter's end; a locked quarter answers its "
                    + "locked numbers and the adjustments since; text/csv is the figures table")
    public Response quarter(@PathParam("period") String period,
                            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
                            HttpHeaders headers) {
        return ReportResponses.respond(headers, "quarterly-" + period, () -> {
            Quarter quarter = quarter(period);
            var response = QuarterlyResponse.of(monitoring.of(quarter, ReportResponses.asOf(asOf)));
            return new ReportResponses.Report(response, QuarterlyTables.of(response));
        });
    }

    @POST
    @Path("/{period}/lock")
    @Produces("application/json")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Lock a quarter that has ended: its report stays as it stands now",
            description = "The token's subject is recorded as who locked it; 409 if the quarter has not ended or is "
                    + "locked already")
    public Response lock(@PathParam("period") String period) {
        QuarterLock lock = monitoring.lock(quarter(period), caller.subject(), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(QuarterlyResponse.Lock.of(lock)).build();
    }

    @GET
    @Path("/{period}/lock")
    @Produces("application/json")
    @Operation(summary = "Who locked a quarter and when; 404 while it is open")
    public QuarterlyResponse.Lock lockOf(@PathParam("period") String period) {
        return monitoring.lockOf(quarter(period)).map(QuarterlyResponse.Lock::of)
                .orElseThrow(() -> new NotFoundException(period + " is not locked"));
    }

    static Quarter quarter(String period) {
        return Quarter.parse(period).orElseThrow(() -> new InvalidParameterException("period",
                "must be a quarter YYYY-Qn with n from 1 to 4, got '" + period + "'"));
    }
}
