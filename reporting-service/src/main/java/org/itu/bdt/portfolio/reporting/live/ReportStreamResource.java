package org.itu.bdt.portfolio.reporting.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;

@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
@Path("/api/reports/stream")
public class ReportStreamResource {

    private final ReportStream stream;
    private final Caller caller;

    ReportStreamResource(ReportStream stream, Caller caller) {
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Every change of a report's aggregate, as server-sent events",
            description = "One event per changed aggregate once its change is committed, e.g. portfolio-by-region "
                    + "with the region, the effective date, the change and the region's figures today; "
                    + "a comment line every 15 s keeps the stream open. A partner's portal receives only its own "
                    + "line of portfolio-by-partner.")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        stream.subscribe(sink, sse, caller.partner());
    }
}
