package org.itu.bdt.portfolio.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's beans wired in a Quarkus application, with a real database and broker, as a service uses them. */
@QuarkusTest
@TestProfile(KitApplicationProfile.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS,
                value = OutboxAndInboxInAnApplicationTest.TOPIC + ":3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class OutboxAndInboxInAnApplicationTest {

    static final String TOPIC = "portfolio.kit.v1";

    @Inject
    Outbox outbox;
    @Inject
    Inbox inbox;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    record ProjectRegistered(String projectNumber, String region) {
    }

    @Test
    void anAppendedEventIsPublishedRightAfterItsTransactionCommits() {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, "9RAF24107",
                EventTypes.PREFIX + "ProjectRegistered", new ProjectRegistered("9RAF24107", "AFR")));

        IncomingEvent event;
        try (var reader = new TopicReader(bootstrapServers, TOPIC)) {
            event = reader.atLeast(1, "9RAF24107").get(0);
        }
        assertThat(event.type()).isEqualTo("int.itu.bdt.portfolio.ProjectRegistered");
        assertThat(event.source()).isEqualTo("/bdt/messaging-kit-test");
        assertThat(event.subject()).isEqualTo("9RAF24107");
        assertThat(event.data()).isEqualTo("{\"projectNumber\":\"9RAF24107\",\"region\":\"AFR\"}");
        assertThat(metrics.find("portfolio.outbox.pending").gauge()).isNotNull();
    }

    @Test
    void aBatchAppendedInOneStatementIsPublishedInItsOrder() {
        List<String> numbers = List.of("9RAF24901", "9RAF24902", "9RAF24903");
        QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(TOPIC, numbers.stream()
                .map(number -> new Outbox.Message("9RAF249", EventTypes.PREFIX + "ProjectRegistered",
                        new ProjectRegistered(number, "AFR")))
                .toList()));

        List<IncomingEvent> events;
        try (var reader = new TopicReader(bootstrapServers, TOPIC)) {
            events = reader.atLeast(3, "9RAF249");
        }
        assertThat(events).extracting(IncomingEvent::data).containsExactly(
                "{\"projectNumber\":\"9RAF24901\",\"region\":\"AFR\"}",
                "{\"projectNumber\":\"9RAF24902\",\"region\":\"AFR\"}",
                "{\"projectNumber\":\"9RAF24903\",\"region\":\"AFR\"}");
        assertThat(events).extracting(IncomingEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(TOPIC, "9RAF24107", EventTypes.PREFIX + "ProjectRegistered", "x"))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void theInboxAppliesARedeliveredEventOnce() {
        UUID eventId = UUID.randomUUID();
        var applied = new AtomicInteger();

        inbox.applyOnce(eventId, applied::incrementAndGet);
        inbox.applyOnce(eventId, applied::incrementAndGet);

        assertThat(applied).hasValue(1);
    }

    @Test
    void aChangeThatFailsForGoodLeavesTheEventUnrecordedSoItsRedeliveryApplies() {
        UUID eventId = UUID.randomUUID();
        var applied = new AtomicInteger();

        assertThatThrownBy(() -> inbox.applyOnce(eventId, () -> {
            throw new MalformedEventException("no projectNumber");
        })).isInstanceOf(MalformedEventException.class);
        inbox.applyOnce(eventId, applied::incrementAndGet);

        assertThat(applied).hasValue(1);
    }

    @Test
    void aTransientFailureIsRetriedInANewTransaction() {
        UUID eventId = UUID.randomUUID();
        var attempts = new AtomicInteger();

        inbox.applyOnce(eventId, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("serialization failure");
            }
        });

        assertThat(attempts).hasValue(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(eventId))).isFalse();
    }

    @Test
    void aBatchOfIdsReturnsOnlyThoseNeverSeenAndEachOnce() {
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        inbox.applyOnce(seen, () -> { });

        var first = QuarkusTransaction.requiringNew().call(() -> inbox.firstDeliveries(List.of(seen, fresh, twice,
                twice)));

        assertThat(first).containsExactlyInAnyOrder(fresh, twice);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDeliveries(List.of(fresh, twice))))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDeliveries(List.of()))).isEmpty();
    }
}
