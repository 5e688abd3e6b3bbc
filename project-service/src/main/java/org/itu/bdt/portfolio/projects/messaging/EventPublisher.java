package org.itu.bdt.portfolio.projects.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Sends outbox events to Kafka as CloudEvents 1.0 in binary mode. */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final Producer<String, String> producer;
    private final String source;

    EventPublisher(Producer<String, String> producer, @ConfigProperty(name = "portfolio.events.source") String source) {
        this.producer = producer;
        this.source = source;
    }

    /** Sends the events in order, waits for the broker's acks and returns how many leading events were acknowledged. */
    public int publish(List<OutboxEvent> events) {
        List<Future<?>> sends = new ArrayList<>();
        for (OutboxEvent event : events) {
            try {
                sends.add(producer.send(record(event)));
            } catch (KafkaException e) {
                LOG.warnf("could not send event %s: %s", event.id(), e.getMessage());
                break;
            }
        }
        return acknowledgedPrefix(sends);
    }

    /** Only an unbroken run of acks counts: a later event must never be marked sent before an earlier one. */
    static int acknowledgedPrefix(List<? extends Future<?>> sends) {
        int acknowledged = 0;
        for (Future<?> send : sends) {
            try {
                send.get();
                acknowledged++;
            } catch (ExecutionException e) {
                LOG.warnf("Kafka did not acknowledge an event, it stays in the outbox: %s", e.getCause().getMessage());
                return acknowledged;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acknowledged;
            }
        }
        return acknowledged;
    }

    private ProducerRecord<String, String> record(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(event.id().toString()));
        headers.add("ce_type", bytes(event.eventType()));
        headers.add("ce_source", bytes(source));
        headers.add("ce_time", bytes(DateTimeFormatter.ISO_INSTANT.format(event.occurredAt())));
        headers.add("ce_subject", bytes(event.messageKey()));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(event.topic(), null, event.messageKey(), event.payload(), headers);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
