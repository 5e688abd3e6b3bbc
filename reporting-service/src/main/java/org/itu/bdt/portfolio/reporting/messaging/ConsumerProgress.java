package org.itu.bdt.portfolio.reporting.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.itu.bdt.portfolio.kit.messaging.IncomingEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the live consumers have got: the next offset to apply per partition (for the lag) and the newest
 * ce_time applied per topic, published as portfolio_reporting_newest_event_age_seconds. An event without ce_time (the
 * attribute is optional) is applied all the same and leaves the age as it was.
 */
@ApplicationScoped
public class ConsumerProgress {

    private final MeterRegistry registry;
    private final Map<TopicPartition, AtomicLong> nextOffsets = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Instant>> newestEvents = new ConcurrentHashMap<>();

    ConsumerProgress(MeterRegistry registry) {
        this.registry = registry;
    }

    void applied(String topic, int partition, long offset, IncomingEvent event) {
        nextOffsets.computeIfAbsent(new TopicPartition(topic, partition), key -> new AtomicLong())
                .accumulateAndGet(offset + 1, Math::max);
        if (event.time() != null) {
            newestEvent(topic).accumulateAndGet(event.time(),
                    (known, time) -> known == null || time.isAfter(known) ? time : known);
        }
    }

    /** The offset after the last record this instance applied on the partition, if it applied any. */
    public OptionalLong nextOffset(TopicPartition partition) {
        AtomicLong next = nextOffsets.get(partition);
        return next == null ? OptionalLong.empty() : OptionalLong.of(next.get());
    }

    private AtomicReference<Instant> newestEvent(String topic) {
        return newestEvents.computeIfAbsent(topic, name -> {
            var newest = new AtomicReference<Instant>();
            Gauge.builder("portfolio.reporting.newest.event.age", newest, ConsumerProgress::ageInSeconds)
                    .description("Now minus the ce_time of the newest event applied from the topic")
                    .baseUnit("seconds")
                    .tag("topic", name)
                    .register(registry);
            return newest;
        });
    }

    private static double ageInSeconds(AtomicReference<Instant> newest) {
        Instant time = newest.get();
        return time == null ? Double.NaN : Duration.between(time, Instant.now()).toMillis() / 1000.0;
    }
}
