package org.itu.bdt.portfolio.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real single-node KRaft broker in the test JVM, with the topics of the init arg {@code topics} created up front:
 * {@code name:partitions} separated by commas, e.g. "portfolio.projects.v1:3,portfolio.reporting.dlq:1".
 * Hands the application {@code kafka.bootstrap.servers}. Plain JUnit tests may call start() and stop() themselves.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPICS = "topics";

    private List<NewTopic> topics = List.of();
    private KafkaClusterTestKit cluster;

    @Override
    public void init(Map<String, String> initArgs) {
        topics = topics(initArgs.getOrDefault(TOPICS, ""));
    }

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            createTopics();
            return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("in-process Kafka broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker but keeps its port and log, so that {@link #restartBroker()} brings the same one back. */
    public void stopBroker() {
        cluster.brokers().values().forEach(BrokerServer::shutdown);
    }

    public void restartBroker() {
        cluster.brokers().values().forEach(BrokerServer::startup);
    }

    @Override
    public void stop() {
        try {
            if (cluster != null) {
                cluster.close();
                cluster = null;
            }
        } catch (Exception e) {
            throw new IllegalStateException("in-process Kafka broker did not stop", e);
        }
    }

    private void createTopics() throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(topics).all().get();
        }
    }

    static List<NewTopic> topics(String spec) {
        return Arrays.stream(spec.split(","))
                .map(String::trim)
                .filter(topic -> !topic.isEmpty())
                .map(topic -> {
                    String[] parts = topic.split(":");
                    int partitions = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 1;
                    return new NewTopic(parts[0].trim(), partitions, (short) 1);
                })
                .toList();
    }
}
