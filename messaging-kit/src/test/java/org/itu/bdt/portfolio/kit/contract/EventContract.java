package org.itu.bdt.portfolio.kit.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The event contract of docs/asyncapi.yaml, for the services' tests. A producer test checks every record it
 * publishes with {@link #assertConforms}: the message of the record's topic whose {@code ce_type} const matches the
 * record's {@code ce_type} header, its key schema (the Kafka binding's), its header schema and its payload schema
 * (JSON Schema draft 7, formats asserted), and {@code ce_subject} equal to the key. A consumer test replays
 * {@link #examples} through its consumer. Internal {@code $ref}s are inlined before the schemas are built.
 *
 * <p>A message without a {@code ce_type} const (a dead-letter record, whose headers are the original record's) is the
 * one a record of its channel is checked against when the channel has no other.
 */
public final class EventContract {

    /** The reverse-DNS prefix of every event type on the wire; a legacy record carries the bare name. */
    public static final String TYPE_PREFIX = "int.itu.bdt.portfolio.";
    public static final Path DOCUMENT = Path.of("docs", "asyncapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path source;
    private final Map<String, Channel> channels;

    private EventContract(Path source, Map<String, Channel> channels) {
        this.source = source;
        this.channels = channels;
    }

    /** The document found by {@link #findDocument()}: docs/asyncapi.yaml of this repository. */
    public static EventContract load() {
        return load(findDocument());
    }

    public static EventContract load(Path asyncApiYaml) {
        JsonNode document;
        try {
            document = YAML.readTree(asyncApiYaml.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AsyncAPI document " + asyncApiYaml, e);
        }
        if (document == null || !document.path("asyncapi").asText().startsWith("3.")) {
            throw new IllegalArgumentException(asyncApiYaml + " is not an AsyncAPI 3 document");
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Map<String, Channel> channels = new LinkedHashMap<>();
        document.path("channels").properties().forEach(entry -> {
            JsonNode channel = entry.getValue();
            String address = channel.path("address").asText(entry.getKey());
            List<Message> messages = new ArrayList<>();
            channel.path("messages").properties().forEach(message ->
                    messages.add(Message.of(message.getKey(), inline(message.getValue(), document), registry)));
            channels.put(address, new Channel(entry.getKey(), address, List.copyOf(messages)));
        });
        return new EventContract(asyncApiYaml, Collections.unmodifiableMap(channels));
    }

    /**
     * Walks up from the working directory (a module's directory under Maven) to the first directory holding
     * docs/asyncapi.yaml: the repository root.
     */
    public static Path findDocument() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCUMENT);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + DOCUMENT + " in " + start + " or any directory above it");
    }

    /** The topics the document describes, event and dead-letter topics alike, in document order. */
    public List<String> topics() {
        return List.copyOf(channels.keySet());
    }

    /** The ce_type consts of a channel's messages (by address or channel id), in document order. */
    public List<String> types(String channel) {
        return channel(channel).messages().stream().map(Message::type).filter(Objects::nonNull).toList();
    }

    /**
     * Every example of a channel's messages (by address, e.g. portfolio.funding.v1, or channel id, e.g. funding),
     * in document order: what a consumer test replays.
     */
    public List<Example> examples(String channel) {
        Channel found = channel(channel);
        List<Example> examples = new ArrayList<>();
        for (Message message : found.messages()) {
            for (JsonNode example : message.examples()) {
                Map<String, String> headers = new LinkedHashMap<>();
                example.path("headers").properties().forEach(header ->
                        headers.put(header.getKey(), header.getValue().isNull() ? null : header.getValue().asText()));
                JsonNode payload = example.get("payload");
                String payloadText = payload == null || payload.isNull() ? null
                        : payload.isTextual() ? payload.asText() : payload.toString();
                examples.add(new Example(found.address(), message.name(), example.path("name").asText(message.name()),
                        headers.getOrDefault("ce_type", message.type()), headers.get("ce_subject"),
                        Collections.unmodifiableMap(headers), payloadText));
            }
        }
        return List.copyOf(examples);
    }

    /**
     * The example with every text field of its payload that has a maxLength at that length (padded with a non-ASCII
     * letter, so that a column counted in bytes shows too), wherever the record still conforms (a pattern may forbid
     * the padding): what a consumer's columns must hold, so producer and consumer sizes are compared through it.
     */
    public Example withLongestText(Example example) {
        Message message = channel(example.topic()).messageFor(example.type()).orElseThrow();
        ObjectNode payload = (ObjectNode) example.payloadTree();
        message.payloadSchema().path("properties").properties().forEach(property -> {
            int maxLength = property.getValue().path("maxLength").asInt(0);
            JsonNode value = payload.get(property.getKey());
            if (maxLength == 0 || value == null || !value.isTextual()) {
                return;
            }
            payload.put(property.getKey(), (value.asText() + "\u00e9".repeat(maxLength)).substring(0, maxLength));
            if (!violations(example.topic(), example.key(), example.headers(), payload.toString()).isEmpty()) {
                payload.set(property.getKey(), value);
            }
        });
        return example.withPayload(payload.toString());
    }

    /** Fails with every violation of the record read from a topic (a producer test's KafkaConsumer record). */
    public void assertConforms(ConsumerRecord<String, String> record) {
        assertConforms(record.topic(), record.key(), headersOf(record.headers()), record.value());
    }

    /** Fails, listing every violation, unless the record conforms to its topic's message of its ce_type. */
    public void assertConforms(String topic, String key, Map<String, String> headers, String payload) {
        List<String> violations = violations(topic, key, headers, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("record on " + topic + " (key " + key + ", ce_type "
                    + (headers == null ? null : headers.get("ce_type")) + ") does not conform to " + source + ":\n  - "
                    + String.join("\n  - ", violations) + "\n  headers: " + headers + "\n  payload: " + payload);
        }
    }

    /** Every way the record breaks the contract; empty when it conforms. */
    public List<String> violations(String topic, String key, Map<String, String> headers, String payload) {
        Channel channel = channels.get(topic);
        if (channel == null) {
            return List.of("no channel with address " + topic + " in the document (topics: " + topics() + ")");
        }
        Map<String, String> safeHeaders = headers == null ? Map.of() : headers;
        String type = safeHeaders.get("ce_type");
        Optional<Message> found = channel.messageFor(type);
        if (found.isEmpty()) {
            return List.of(unknownType(channel, type));
        }
        Message message = found.get();
        List<String> violations = new ArrayList<>();
        violations.addAll(message.checkKey(key));
        if (message.type() != null && !Objects.equals(key, safeHeaders.get("ce_subject"))) {
            violations.add("ce_subject " + safeHeaders.get("ce_subject") + " is not the record key " + key);
        }
        violations.addAll(message.checkHeaders(safeHeaders));
        violations.addAll(message.checkPayload(payload));
        return violations;
    }

    /** A record's headers as UTF-8 strings; the last of several with one name wins, as for a consumer. */
    public static Map<String, String> headersOf(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
        }
        return map;
    }

    private static String unknownType(Channel channel, String type) {
        if (type == null) {
            return "no ce_type header: it selects the message of " + channel.address() + " (one of "
                    + channel.types() + ")";
        }
        String hint = !type.startsWith(TYPE_PREFIX) && channel.types().contains(TYPE_PREFIX + type)
                ? " (a legacy bare name: producers write " + TYPE_PREFIX + type + ")" : "";
        return "ce_type " + type + hint + " is no message of " + channel.address() + " (one of " + channel.types()
                + ")";
    }

    private Channel channel(String channel) {
        Channel byAddress = channels.get(channel);
        if (byAddress != null) {
            return byAddress;
        }
        return channels.values().stream().filter(candidate -> candidate.id().equals(channel)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + channel + " in " + source
                        + " (topics: " + topics() + ")"));
    }

    /** The node with every internal $ref replaced by (a copy of) its target; siblings of a $ref override it. */
    static JsonNode inline(JsonNode node, JsonNode document) {
        return inline(node, document, new ArrayDeque<>());
    }

    private static JsonNode inline(JsonNode node, JsonNode document, Deque<String> resolving) {
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(inline(item, document, resolving)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        JsonNode ref = node.get("$ref");
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (ref != null && ref.isTextual()) {
            String pointer = ref.asText();
            if (!pointer.startsWith("#/")) {
                throw new IllegalArgumentException("only internal $refs are supported: " + pointer);
            }
            if (resolving.contains(pointer)) {
                throw new IllegalArgumentException("recursive $ref " + pointer + " via " + resolving);
            }
            JsonNode target = document.at(JsonPointer.compile(pointer.substring(1)));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + pointer + " points to nothing");
            }
            resolving.push(pointer);
            JsonNode resolved = inline(target, document, resolving);
            resolving.pop();
            if (!resolved.isObject()) {
                return resolved;
            }
            result.setAll((ObjectNode) resolved);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getKey().equals("$ref")) {
                result.set(field.getKey(), inline(field.getValue(), document, resolving));
            }
        }
        return result;
    }

    /** One example of a message: what its producer would put on the wire. */
    public record Example(String topic, String message, String name, String type, String key,
                          Map<String, String> headers, String payload) {

        /** The same record as a producer wrote it before the type prefix: ce_type is the bare name. */
        public Example withLegacyType() {
            if (type == null || !type.startsWith(TYPE_PREFIX)) {
                return this;
            }
            String bare = type.substring(TYPE_PREFIX.length());
            Map<String, String> legacy = new LinkedHashMap<>(headers);
            legacy.put("ce_type", bare);
            return new Example(topic, message, name, bare, key, Collections.unmodifiableMap(legacy), payload);
        }

        /**
         * The same record with other headers put (null removes one), e.g. a fresh ce_id for a second replay; a new
         * ce_subject moves the record key with it, since the two are one value on the wire.
         */
        public Example withHeaders(Map<String, String> changes) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changes.forEach((name, value) -> {
                if (value == null) {
                    changed.remove(name);
                } else {
                    changed.put(name, value);
                }
            });
            return new Example(topic, message, name, changed.getOrDefault("ce_type", type),
                    changed.getOrDefault("ce_subject", key), Collections.unmodifiableMap(changed), payload);
        }

        public Example withPayload(String otherPayload) {
            return new Example(topic, message, name, type, key, headers, otherPayload);
        }

        /** The headers as Kafka record headers (UTF-8), to send the example or to hand it to a consumer. */
        public Headers kafkaHeaders() {
            RecordHeaders kafka = new RecordHeaders();
            headers.forEach((name, value) -> kafka.add(name, value == null ? null : value.getBytes(UTF_8)));
            return kafka;
        }

        /** The payload as a Jackson tree, to change a field for a negative test. */
        public JsonNode payloadTree() {
            try {
                return JSON.readTree(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("example " + name + " has no JSON payload: " + payload, e);
            }
        }
    }

    private record Channel(String id, String address, List<Message> messages) {

        List<String> types() {
            return messages.stream().map(Message::type).filter(Objects::nonNull).toList();
        }

        Optional<Message> messageFor(String type) {
            Optional<Message> exact = messages.stream().filter(message -> Objects.equals(message.type(), type))
                    .filter(message -> type != null).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            List<Message> untyped = messages.stream().filter(message -> message.type() == null).toList();
            return untyped.size() == 1 ? Optional.of(untyped.get(0)) : Optional.empty();
        }
    }

    private record Message(String name, String type, Schema key, Schema headers, Schema payload,
                           boolean payloadIsAnything, List<JsonNode> examples, JsonNode payloadSchema) {

        static Message of(String name, JsonNode message, SchemaRegistry registry) {
            JsonNode headers = message.path("headers");
            JsonNode payload = message.path("payload");
            JsonNode key = message.path("bindings").path("kafka").path("key");
            List<JsonNode> examples = new ArrayList<>();
            message.path("examples").forEach(examples::add);
            return new Message(message.path("name").asText(name), typeConst(headers).orElse(null),
                    key.isMissingNode() ? null : registry.getSchema(key),
                    headers.isMissingNode() ? null : registry.getSchema(headers),
                    payload.isMissingNode() ? null : registry.getSchema(payload),
                    payload.isMissingNode() || isAnything(payload), List.copyOf(examples), payload);
        }

        /** The ce_type const of a header schema: in its properties, or in those of one of its allOf parts. */
        private static Optional<String> typeConst(JsonNode schema) {
            JsonNode constant = schema.path("properties").path("ce_type").path("const");
            if (constant.isTextual()) {
                return Optional.of(constant.asText());
            }
            for (JsonNode part : schema.path("allOf")) {
                Optional<String> found = typeConst(part);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private static boolean isAnything(JsonNode schema) {
            Set<String> keywords = new LinkedHashSet<>();
            schema.fieldNames().forEachRemaining(keywords::add);
            keywords.removeAll(Set.of("description", "title", "examples", "$comment"));
            return keywords.isEmpty();
        }

        List<String> checkKey(String value) {
            if (key == null) {
                return List.of();
            }
            return errors("key", key, value == null ? JsonNodeFactory.instance.nullNode() : TextNode.valueOf(value));
        }

        List<String> checkHeaders(Map<String, String> values) {
            if (headers == null) {
                return List.of();
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            values.forEach((name, value) -> node.set(name,
                    value == null ? JsonNodeFactory.instance.nullNode() : TextNode.valueOf(value)));
            return errors("headers", headers, node);
        }

        List<String> checkPayload(String value) {
            if (payload == null) {
                return List.of();
            }
            JsonNode node;
            try {
                node = value == null ? JsonNodeFactory.instance.nullNode() : JSON.readTree(value);
            } catch (JsonProcessingException e) {
                if (payloadIsAnything) {
                    return List.of();
                }
                return List.of("payload is not JSON: " + e.getOriginalMessage());
            }
            return errors("payload", payload, node);
        }

        private static List<String> errors(String part, Schema schema, JsonNode node) {
            List<String> found = new ArrayList<>();
            for (Error error : schema.validate(node)) {
                String location = String.valueOf(error.getInstanceLocation());
                found.add(part + (location.isEmpty() || location.equals("$") ? "" : " " + location) + ": "
                        + error.getMessage());
            }
            return found;
        }
    }
}
