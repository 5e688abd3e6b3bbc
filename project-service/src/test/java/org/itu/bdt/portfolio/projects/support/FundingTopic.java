package org.itu.bdt.portfolio.projects.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Publishes funding-service's events on portfolio.funding.v1 as funding-service does: CloudEvents, binary mode. */
public final class FundingTopic implements AutoCloseable {

    public static final String NAME = "portfolio.funding.v1";
    public static final String AGREEMENT_SIGNED = "int.itu.bdt.portfolio.AgreementSigned";
    public static final String AGREEMENT_CANCELLED = "int.itu.bdt.portfolio.AgreementCancelled";
    public static final String EXCHANGE_RATE_PUBLISHED = "int.itu.bdt.portfolio.ExchangeRatePublished";

    private final KafkaProducer<String, String> producer;

    public FundingTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** Sends an event with this ce_type (prefixed, or a legacy bare name) and returns its id, to send it again. */
    public UUID send(String type, String key, String json) {
        UUID id = UUID.randomUUID();
        send(id, type, key, json);
        return id;
    }

    public void send(UUID id, String type, String key, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(UTF_8));
        headers.add("ce_id", id.toString().getBytes(UTF_8));
        headers.add("ce_type", type.getBytes(UTF_8));
        headers.add("ce_source", "/bdt/funding-service".getBytes(UTF_8));
        headers.add("ce_subject", key.getBytes(UTF_8));
        headers.add("content-type", "application/json".getBytes(UTF_8));
        try {
            producer.send(new ProducerRecord<>(NAME, null, key, json, headers)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    public static String agreementSigned(String agreementNumber, String projectNumber, String partnerId, String signedOn) {
        return """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":%s,"fundingSource":"%s","currency":"CHF",\
                "originalAmount":"100000.00","chfAmount":"100000.00","signedOn":"%s","rate":"1.000000","rateMonth":null,\
                "rateSource":"CHF","kind":"PROJECT_AGREEMENT","contribution":"CASH"}"""
                .formatted(agreementNumber, projectNumber, partnerId == null ? "null" : "\"" + partnerId + "\"",
                        partnerId == null ? "ITU" : "PARTNER", signedOn);
    }

    @Override
    public void close() {
        producer.close();
    }
}
