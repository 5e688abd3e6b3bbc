package org.itu.bdt.portfolio.projects.messaging;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class EventPublisherTest {

    @Test
    void onlyTheUnbrokenRunOfAcknowledgedSendsCounts() {
        List<CompletableFuture<String>> sends = List.of(
                CompletableFuture.completedFuture("first"),
                CompletableFuture.completedFuture("second"),
                CompletableFuture.failedFuture(new IllegalStateException("broker gone")),
                CompletableFuture.completedFuture("fourth"));

        assertThat(EventPublisher.acknowledgedPrefix(sends)).isEqualTo(2);
    }

    @Test
    void everySendAcknowledgedCountsThemAll() {
        assertThat(EventPublisher.acknowledgedPrefix(List.of(
                CompletableFuture.completedFuture("first"), CompletableFuture.completedFuture("second")))).isEqualTo(2);
    }

    @Test
    void anUnreachableBrokerAcknowledgesNothingSoTheEventsStayInTheOutbox() throws IOException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            EventPublisher publisher = new EventPublisher(producer, "/bdt/project-service");
            OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "portfolio.projects.v1", "9RAF24107",
                    "ProjectRegistered", "{}", Instant.parse("2024-03-12T10:00:00Z"));

            assertThat(publisher.publish(List.of(event, event))).isZero();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
