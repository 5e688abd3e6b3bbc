package org.itu.bdt.portfolio.tools;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;
import java.util.stream.Stream;

/** A real single-node KRaft broker inside the test JVM; the services under test connect to it over TCP. */
final class InProcessKafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    InProcessKafkaBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        createTopics();
    }

    /** As the launcher does: the topics exist, with infinite retention, before any service subscribes. */
    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(Stream.of("portfolio.projects.v1", "portfolio.funding.v1")
                    .map(topic -> new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1")))
                    .toList()).all().get();
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
