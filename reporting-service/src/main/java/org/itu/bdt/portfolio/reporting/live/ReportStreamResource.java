package org.itu.bdt.portfolio.reporting.live;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/reports/stream")
public class ReportStreamResource {

    private final ReportStream stream;

    ReportStreamResource(ReportStream stream) {
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Every change of a report's aggregate, as server-sent events",
            description = "One event per changed aggregate once its change is committed, e.g. portfolio-by-region "
                    + "with the region, the effective date, the change and the region's figures today; "
                    + "a comment line every 15 s keeps the stream open")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        stream.subscribe(sink, sse);
    }
}
