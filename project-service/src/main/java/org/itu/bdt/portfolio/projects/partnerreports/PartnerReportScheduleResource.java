package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;

@Path("/api/partner-reports/schedules/{agreementNumber}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner reports")
public class PartnerReportScheduleResource {

    private final PartnerReportScheduleService schedules;
    private final PartnerReportTerms terms;
    private final Caller caller;

    PartnerReportScheduleResource(PartnerReportScheduleService schedules, PartnerReportTerms terms, Caller caller) {
        this.schedules = schedules;
        this.terms = terms;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A partner-funded agreement's reporting schedule and its deadlines",
            description = "A partner reads only its own agreements' schedules; any other is a 404.")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public PartnerReportScheduleResponse get(@PathParam("agreementNumber") String agreementNumber) {
        return response(schedules.findSeenBy(agreementNumber, caller.partner()));
    }

    @PUT
    @Operation(summary = "Change how often the partner receives a report", description = """
            intervalMonths from 6 to 12. Deadlines not submitted and not yet due are planned again, counted from \
            the last deadline kept; an ended schedule (closure, cancellation) is a 409.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public PartnerReportScheduleResponse changeInterval(@PathParam("agreementNumber") String agreementNumber,
                                                        @NotNull @Valid ReportingIntervalRequest body) {
        return response(schedules.changeInterval(agreementNumber, body.intervalMonths()));
    }

    private PartnerReportScheduleResponse response(PartnerReportSchedule schedule) {
        return PartnerReportScheduleResponse.of(schedule, schedules.reportsOf(schedule), terms);
    }
}
