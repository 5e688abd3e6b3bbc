package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.platform.InvalidParameterException;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;

import java.time.LocalDate;
import java.util.List;

@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/reconciliation")
public class ReconciliationResource {

    private static final int PROJECTS_LISTED = 1000;
    private static final int MOST_PROJECTS_LISTED = 10_000;

    private final ReconciliationService reconciliation;

    ReconciliationResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every aggregate of the read model compared with the source services' own totals",
            description = "An empty list of differences means reconciled; 503 if a source cannot be reached. Every "
                    + "difference is counted; those of regions and breakdown keys are all listed, those of single "
                    + "projects up to limit")
    public ReconciliationResponse reconcile(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "per-project differences listed, 0 to 10000, default 1000")
            @QueryParam("limit") String limit) {
        LocalDate date = ReportResponses.asOf(asOf);
        Differences differences = reconciliation.differences(date, projectsListed(limit));
        return new ReconciliationResponse(date, differences.found() == 0, differences.found(),
                differences.listed());
    }

    private static int projectsListed(String limit) {
        if (limit == null) {
            return PROJECTS_LISTED;
        }
        try {
            int listed = Integer.parseInt(limit.strip());
            if (listed >= 0 && listed <= MOST_PROJECTS_LISTED) {
                return listed;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        throw new InvalidParameterException("limit", "must be a whole number from 0 to 10000, got '" + limit + "'");
    }

    /**
     * @param reconciled      true when there is no difference
     * @param differenceCount every difference found, listed or not
     * @param differences     the differences listed: all of the regions and breakdown keys, the projects' up to
     *                        the limit
     */
    public record ReconciliationResponse(LocalDate asOf, boolean reconciled, long differenceCount,
                                         List<Difference> differences) {
    }
}
