package org.itu.bdt.portfolio.reporting.live;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The subscribers of /api/reports/stream. Every aggregate change is sent after its transaction has committed, so
 * a subscriber never sees a change that is then rolled back; a comment every heartbeat keeps proxies from closing
 * an idle stream.
 */
@ApplicationScoped
public class ReportStream {

    private final Vertx vertx;
    private final StreamAudience audience;
    private final Duration heartbeat;
    private Sse sse;
    private SseBroadcaster broadcaster;

    ReportStream(Vertx vertx, StreamAudience audience,
                 @ConfigProperty(name = "portfolio.stream.heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.vertx = vertx;
        this.audience = audience;
        this.heartbeat = heartbeat;
    }

    synchronized void subscribe(SseEventSink sink, Sse eventFactory) {
        if (broadcaster == null) {
            sse = eventFactory;
            broadcaster = eventFactory.newBroadcaster();
            broadcaster.onClose(closed -> audience.left());
            vertx.setPeriodic(heartbeat.toMillis(), timer -> send(sse.newEventBuilder().comment("heartbeat").build()));
        }
        broadcaster.register(sink);
        audience.joined();
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) AggregateChanged change) {
        if (sse != null) {
            send(sse.newEventBuilder().name(change.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(change.data()).build());
        }
    }

    private synchronized void send(OutboundSseEvent event) {
        broadcaster.broadcast(event);
    }
}
