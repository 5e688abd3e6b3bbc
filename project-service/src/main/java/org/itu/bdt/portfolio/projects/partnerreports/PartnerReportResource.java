package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.projects.platform.QueryParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/partner-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner reports")
public class PartnerReportResource {

    private final PartnerReportService reports;
    private final PartnerReportTerms terms;
    private final Caller caller;

    PartnerReportResource(PartnerReportService reports, PartnerReportTerms terms, Caller caller) {
        this.reports = reports;
        this.terms = terms;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Partner reports, by due date", description = """
            status: due (due today or earlier, not submitted; includes overdue), overdue (not submitted, past the \
            due date by more than the grace period), upcoming (due within the next 30 days), submitted. \
            Every filter is optional and they combine. A partner lists only the reports addressed to it.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<PartnerReportResponse> list(@QueryParam("status") String status,
                                            @QueryParam("partnerId") String partnerId,
                                            @QueryParam("projectManager") String projectManager,
                                            @QueryParam("projectNumber") String projectNumber) {
        PartnerReportQuery query = new PartnerReportQuery(
                QueryParameters.enumValue("status", upper(status), PartnerReportQuery.Status.class),
                blankToNull(partnerId), blankToNull(projectManager), blankToNull(projectNumber),
                caller.partner().orElse(null));
        LocalDate today = terms.today();
        return reports.list(query).stream().map(report -> PartnerReportResponse.of(report, terms, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One partner report, with its submission once submitted",
            description = "A partner reads only the reports addressed to it; any other is a 404.")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public PartnerReportResponse get(@PathParam("id") String id) {
        return response(reports.findSeenBy(id, caller.partner()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a partner report", description = """
            Once per report. A period ending before it starts is a 400; a period overlapping one already submitted \
            for the same agreement is a 409 (report-period-overlap). Emits PartnerReportSubmitted.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public PartnerReportResponse submit(@PathParam("id") String id, @NotNull @Valid PartnerReportSubmissionRequest body) {
        return response(reports.submit(id, body.toSubmission()));
    }

    @POST
    @Path("{id}/sent")
    @Operation(summary = "Record that a submitted report was sent to its partner", description = """
            sentOn from the submission date to today. Once per report. Emits PartnerReportSent.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public PartnerReportResponse sent(@PathParam("id") String id, @NotNull @Valid PartnerReportSentRequest body) {
        return response(reports.markSent(id, body.sentOn()));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The partner confirms it received a sent report", description = """
            No body. Records the day and the token's subject; a report not sent yet is a 409, another partner's a \
            404. Acknowledging an acknowledged report changes nothing and answers it as the first acknowledgement \
            left it, so a portal may retry. Emits PartnerReportAcknowledged.""")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    public PartnerReportResponse acknowledge(@PathParam("id") String id) {
        return response(reports.acknowledge(id, caller.partner(), caller.subject()));
    }

    private PartnerReportResponse response(PartnerReport report) {
        return PartnerReportResponse.of(report, terms, terms.today());
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
