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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The subscribers of /api/reports/stream. Every aggregate change is sent after its transaction has committed, so
 * a subscriber never sees a change that is then rolled back; a comment every heartbeat keeps proxies from closing
 * an idle stream. Internal subscribers receive every change, a partner's portal only the changes that concern its
 * partner alone.
 */
@ApplicationScoped
public class ReportStream {

    private final Vertx vertx;
    private final StreamAudience audience;
    private final Duration heartbeat;
    private Sse sse;
    private SseBroadcaster everyChange;
    /** One per partner whose portal subscribed: a few dozen partners at most, so they are kept. */
    private final Map<String, SseBroadcaster> partners = new HashMap<>();

    ReportStream(Vertx vertx, StreamAudience audience,
                 @ConfigProperty(name = "portfolio.stream.heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.vertx = vertx;
        this.audience = audience;
        this.heartbeat = heartbeat;
    }

    /** @param partner the partner a partner's portal is limited to; empty for an internal subscriber */
    synchronized void subscribe(SseEventSink sink, Sse eventFactory, Optional<String> partner) {
        if (sse == null) {
            sse = eventFactory;
            everyChange = newBroadcaster();
            vertx.setPeriodic(heartbeat.toMillis(),
                    timer -> sendToAll(sse.newEventBuilder().comment("heartbeat").build()));
        }
        SseBroadcaster broadcaster = partner
                .map(id -> partners.computeIfAbsent(id, ignored -> newBroadcaster())).orElse(everyChange);
        broadcaster.register(sink);
        audience.joined();
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) AggregateChanged change) {
        if (sse != null) {
            send(sse.newEventBuilder().name(change.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(change.data()).build(), change.partner());
        }
    }

    private SseBroadcaster newBroadcaster() {
        SseBroadcaster broadcaster = sse.newBroadcaster();
        broadcaster.onClose(closed -> audience.left());
        return broadcaster;
    }

    private synchronized void send(OutboundSseEvent event, Optional<String> partner) {
        everyChange.broadcast(event);
        partner.map(partners::get).ifPresent(broadcaster -> broadcaster.broadcast(event));
    }

    private synchronized void sendToAll(OutboundSseEvent event) {
        everyChange.broadcast(event);
        partners.values().forEach(broadcaster -> broadcaster.broadcast(event));
    }
}
