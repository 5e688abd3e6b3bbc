package org.itu.bdt.portfolio.reporting.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;
import org.itu.bdt.portfolio.kit.messaging.TransientFailureRetry;
import org.itu.bdt.portfolio.reporting.ledger.LedgerService;
import org.itu.bdt.portfolio.reporting.ledger.ReadModelChange;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Applies the records of one poll in one read-model transaction: a backlog (after a restart, a broker outage, a
 * replay) then costs a commit and a read of each project per poll rather than per record. A record that can never
 * apply is refused alone: one that cannot be read at once, one that fails the batch's transaction (a duplicate
 * agreement number) when the batch is applied again record by record.
 */
@ApplicationScoped
class ReadModelBatches {

    private static final Logger LOG = Logger.getLogger(ReadModelBatches.class);

    private final LedgerService ledger;
    private final ReadModelTransactions transactions;
    private final ConsumerProgress progress;

    ReadModelBatches(LedgerService ledger, ReadModelTransactions transactions, ConsumerProgress progress) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.progress = progress;
    }

    /** A record and the change its event makes. */
    record Decoded<T>(T source, IncomingEvent event, ReadModelChange change) {
    }

    /**
     * A live consumer's poll: refused records go to the dead-letter topic (the channel's failure strategy), and the
     * batch is acknowledged once they are there. An apply stopped by an interruption (the service stopping) leaves
     * the batch unacknowledged, to be delivered again.
     */
    CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch, EventApplier applier) {
        List<CompletionStage<Void>> deadLettered = new ArrayList<>();
        try {
            apply(batch.getRecords(), record -> IncomingEvent.of(record.getHeaders(), record.getPayload()),
                    record -> applier, (record, failure) -> deadLettered.add(record.nack(failure)))
                    .forEach(applied -> progress(applied.source(), applied.event()));
        } catch (RuntimeException stopped) {
            LOG.warnf("%d records of %s left unacknowledged, to be delivered again: %s", batch.getRecords().size(),
                    applier.topic(), stopped.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(deadLettered.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(sent -> batch.ack());
    }

    private void progress(KafkaRecord<String, String> record, IncomingEvent event) {
        record.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(metadata -> progress.applied(
                metadata.getTopic(), metadata.getPartition(), metadata.getOffset(), event));
    }

    /**
     * Applies the events of the sources in one transaction (retried while the failure is transient) and returns those
     * applied, redeliveries included; {@code refused} gets each source that can never apply, with its failure.
     */
    <T> List<Decoded<T>> apply(List<T> sources, Function<T, IncomingEvent> read, Function<T, EventApplier> applier,
                               BiConsumer<T, RuntimeException> refused) {
        List<Decoded<T>> decoded = new ArrayList<>();
        for (T source : sources) {
            try {
                IncomingEvent event = read.apply(source);
                decoded.add(new Decoded<>(source, event, applier.apply(source).changeOf(event)));
            } catch (RuntimeException unreadable) {
                refused.accept(source, unreadable);
            }
        }
        try {
            long started = System.nanoTime();
            transactions.runUntilCommitted(() -> ledger.apply(decoded.stream().map(Decoded::change).toList()));
            LOG.debugf("applied %d events in %d ms", decoded.size(), (System.nanoTime() - started) / 1_000_000);
            return decoded;
        } catch (RuntimeException failure) {
            if (!TransientFailureRetry.isPermanent(failure)) {
                throw failure;
            }
            LOG.warnf("a batch of %d events failed for good (%s): applying them one by one, to refuse only the "
                    + "one that fails", decoded.size(), failure.getMessage());
            return oneByOne(decoded, refused);
        }
    }

    private <T> List<Decoded<T>> oneByOne(List<Decoded<T>> batch, BiConsumer<T, RuntimeException> refused) {
        List<Decoded<T>> applied = new ArrayList<>();
        for (Decoded<T> one : batch) {
            try {
                transactions.runUntilCommitted(() -> ledger.apply(List.of(one.change())));
                applied.add(one);
            } catch (RuntimeException failure) {
                if (!TransientFailureRetry.isPermanent(failure)) {
                    throw failure;
                }
                refused.accept(one.source(), failure);
            }
        }
        return applied;
    }
}
