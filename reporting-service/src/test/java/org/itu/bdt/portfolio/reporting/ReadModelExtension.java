package org.itu.bdt.portfolio.reporting;

import io.quarkus.arc.Arc;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The setup the event-driven tests share: each test starts from an empty read model with a producer of its own,
 * and {@link #apply} publishes events and waits until the read model has consumed every one of them. Register it
 * on a {@code @QuarkusTest} with {@code @RegisterExtension}; it runs before the test's own {@code @BeforeEach}.
 */
public class ReadModelExtension implements BeforeEachCallback, AfterEachCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PortfolioEventProducer producer;

    @Override
    public void beforeEach(ExtensionContext context) {
        tables().clear();
        producer = new PortfolioEventProducer();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        producer.close();
    }

    /** Publishes the events and waits until the read model has applied them all. */
    public void apply(PortfolioEvent... events) {
        apply(Arrays.asList(events));
    }

    public void apply(List<PortfolioEvent> events) {
        producer.send(events);
        Set<UUID> ids = events.stream().map(PortfolioEvent::id).collect(Collectors.toSet());
        await().atMost(PATIENCE).until(() -> tables().consumedOf(ids) == ids.size());
    }

    /** For events a test sends without waiting for them, e.g. ones the read model must refuse. */
    public PortfolioEventProducer producer() {
        return producer;
    }

    private static ReadModelTables tables() {
        return Arc.container().instance(ReadModelTables.class).get();
    }
}
