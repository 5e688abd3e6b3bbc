package org.itu.bdt.portfolio.reporting.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Replays both topics from the beginning into a fresh schema while the live consumers and the reports go on with
 * the active one; once the replay has nearly caught up, closes the read-model gate, replays the rest, switches
 * the active schema and reopens the gate, so that every live event lands in the old schema before the switch
 * (and is replayed) or in the new one after it (and is deduplicated there). The old schema is dropped after.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final Rebuilds rebuilds;
    private final ReadModelSchemas schemas;
    private final SchemaLifecycle lifecycle;
    private final ReadModelGate gate;
    private final EventLog eventLog;
    private final RebuildSettings settings;
    private final AuditTrail audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable ->
            new Thread(runnable, "read-model-rebuild"));

    RebuildService(Rebuilds rebuilds, ReadModelSchemas schemas, SchemaLifecycle lifecycle, ReadModelGate gate,
                   EventLog eventLog, RebuildSettings settings, AuditTrail audit) {
        this.rebuilds = rebuilds;
        this.schemas = schemas;
        this.lifecycle = lifecycle;
        this.gate = gate;
        this.eventLog = eventLog;
        this.settings = settings;
        this.audit = audit;
    }

    /** A rebuild the previous run of the service left unfinished is abandoned, and its half-filled schema dropped. */
    void abandonInterrupted(@Observes StartupEvent startup) {
        abandonInterrupted();
    }

    public void abandonInterrupted() {
        for (String schema : rebuilds.abandonRunning()) {
            LOG.warnf("rebuild into %s was interrupted by a stop: abandoned", schema);
            lifecycle.drop(schema);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    /**
     * Starts a rebuild in the background; refused while another one runs. The rebuild and its audit entry commit
     * before the replay begins, which records its progress on that row.
     */
    public Rebuild start() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long started = rebuilds.start();
            audit.record("rebuild", String.valueOf(started), "started", null,
                    Map.of("targetSchema", Rebuilds.targetSchema(started)));
            return started;
        });
        Rebuild rebuild = rebuilds.find(id).orElseThrow();
        worker.execute(() -> run(rebuild));
        return rebuild;
    }

    public Optional<Rebuild> find(long id) {
        return rebuilds.find(id);
    }

    private void run(Rebuild rebuild) {
        switchedOver(rebuild).ifPresent(previous -> dropAfterGrace(previous, rebuild));
    }

    /** Fills the new schema and makes it the active one; on failure drops it: the old one stays active. */
    private Optional<String> switchedOver(Rebuild rebuild) {
        try {
            String previous = schemas.active();
            lifecycle.create(rebuild.targetSchema());
            try (EventLog.Replay replay = eventLog.replay(rebuild)) {
                replay.untilNearlyCaughtUp();
                gate.closedDuring(() -> {
                    replay.untilCaughtUp();
                    rebuilds.finish(rebuild.id(), rebuild.targetSchema(), replay.records());
                    schemas.activate(rebuild.targetSchema());
                    return null;
                });
            }
            return Optional.of(previous);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | SQLException e) {
            LOG.errorf(e, "rebuild %d failed", rebuild.id());
            rebuilds.fail(rebuild.id(), String.valueOf(e.getMessage()));
            lifecycle.drop(rebuild.targetSchema());
        }
        return Optional.empty();
    }

    /**
     * The clean-up after the switch: the rebuild is done and its schema active whatever happens here. Old tables
     * that cannot be dropped are left behind and said so, never the new ones.
     */
    private void dropAfterGrace(String previous, Rebuild rebuild) {
        LOG.infof("read model rebuilt into %s; %s is dropped after %s", rebuild.targetSchema(), previous,
                settings.dropGrace());
        try {
            Thread.sleep(settings.dropGrace().toMillis());
            lifecycle.drop(previous);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild %d: the previous read model %s could not be dropped and is left behind; "
                    + "drop it by hand (docs/operations.md)", rebuild.id(), previous);
        }
    }
}
