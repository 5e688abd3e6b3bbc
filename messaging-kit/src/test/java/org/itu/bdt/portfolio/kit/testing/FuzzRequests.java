package org.itu.bdt.portfolio.kit.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of one operation, each a pure function of the seed, the operation and its index: valid-looking ones
 * (the operation's valid bodies and values, or values made from its schema, with a plausible change) so that the
 * deep paths are reached, and hostile ones — boundary and overflowing numbers, wrong types, huge, NUL-bearing and
 * surrogate strings, far dates, unknown enum values, deep and large bodies, the wrong media type, bad path
 * parameters, duplicated and unknown query parameters.
 */
final class FuzzRequests {

    /** One request: what to send, and a short description for a finding. */
    record FuzzRequest(String method, String target, String contentType, byte[] body, boolean chunked,
                       Map<String, String> headers, String kind) {

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8);
            String shown = text.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? "\\u%04x".formatted(c)
                    : String.valueOf((char) c)).reduce("", String::concat);
            return "%s %s [%s]%s%s%s".formatted(method, abbreviate(target, 240), kind,
                    contentType == null ? "" : " Content-Type: " + contentType,
                    headers.isEmpty() ? "" : " " + headers,
                    body == null ? "" : " body(" + body.length + " bytes" + (chunked ? ", chunked" : "") + "): "
                            + shown);
        }
    }

    static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Raw text for addresses and JSON strings alike. */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "x\udfffy",
            "\u202Eevil\u202C", "😀🇨🇭", "مرحبا", "ДОКУМЕНТ", "ẞ", "..", ".", "../../etc/passwd", "..%2F..%2F",
            "%00", "%", "%zz", "'; drop table outbox_event; --", "\" or \"1\"=\"1", "<script>alert(1)</script>",
            "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(1)", "null", "true", "0", "-0", "NaN", "Infinity",
            "9223372036854775808", "1e309", "\t\r\n", "\\", "/", "?", "#", "&", "a b", "A".repeat(65),
            "A".repeat(101), "A".repeat(256), "Z".repeat(4_000), "\uFEFFBOM", "\u00ad", "ｆｕｌｌ", "İ", "ß".repeat(40));

    /** JSON values of every kind, to put where a field or an element goes. */
    static final List<String> HOSTILE_JSON = List.of("null", "true", "false", "0", "-0", "-1", "1", "0.5", "-0.0",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1e309", "-1e309", "1e-400", "1E+2147483647", "1e1000000", "0.0000000001",
            "123456789012345678901234567890.12", "999999999999999.99", "1000000000000000", "-999999999999999",
            "0.005", "12.345", "1.0e2", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}", "\"\"", "\" \"",
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\ud83d\\ude00\"",
            "\"\\u202eRTL\"", "\"NaN\"", "\"Infinity\"", "\"-0\"", "\"1e309\"", "\"9223372036854775808\"",
            "\"+99999-01-01\"", "\"0000-00-00\"", "\"-1-01-01\"", "\"2024-02-30\"", "\"2024-13-01\"",
            "\"9999-12-31\"", "\"0001-01-01\"", "\"1899-12-31\"", "\"+10000-01-01\"", "\"2024-03\"", "\"2024\"",
            "\"2024-03-01T00:00:00Z\"", "\"-999999999-01-01\"", "\"UNKNOWN_VALUE\"", "\"active\"",
            "\"../../x\"", "\"=cmd|' /C calc'!A0\"", "\"" + "x".repeat(10_000) + "\"");

    /** Far, impossible and malformed dates and months, for date parameters and fields. */
    static final List<String> HOSTILE_DATES = List.of("+99999-01-01", "0000-00-00", "-1-01-01", "2024-02-30",
            "2024-13-01", "9999-12-31", "10000-01-01", "+10000-01-01", "0001-01-01", "1899-12-31", "1900-01-01",
            "-999999999-01-01", "+999999999-12-31", "2024-3-1", "2024-03", "2024-W10", "20240301", "2024-03-01T00:00Z",
            "2024-00", "2024-13", "0000-01", "+99999-01", "-1-01", "2024-Q5", "2024-Q0", "2024-Q4", "1900-Q1");

    private final FuzzOperation operation;
    private final Map<String, List<String>> values;
    private final List<JsonNode> validBodies;
    private final long bodyLimit;
    private final long seed;

    FuzzRequests(FuzzOperation operation, Map<String, List<String>> values, List<String> validBodies, long bodyLimit,
                 long seed) {
        this.operation = operation;
        this.values = values;
        this.validBodies = validBodies.stream().map(FuzzRequests::parse).toList();
        this.bodyLimit = bodyLimit;
        this.seed = seed;
    }

    FuzzRequest request(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + operation.name().hashCode() * 31L + index);
        Builder request = new Builder(random);
        boolean hasBody = !operation.bodies().isEmpty();
        // a few fixed indexes carry the largest bodies, so that every operation gets them once and no more
        if (hasBody && index == 7) {
            return request.hugeBody(bodyLimit - 64, false, "a string field just under the body limit");
        }
        if (index == 8) {
            return request.hugeBody(bodyLimit + 1, false, "a body one byte over the limit");
        }
        if (index == 9) {
            return request.hugeBody(bodyLimit + 1024, true, "a chunked body over the limit");
        }
        int kind = random.nextInt(100);
        if (kind < 25) {
            return request.valid(true);
        }
        if (kind < 50 && hasBody) {
            return request.hostileField();
        }
        if (kind < 60 && !operation.in("query").isEmpty()) {
            return request.hostileQuery();
        }
        if (kind < 68 && !operation.in("path").isEmpty()) {
            return request.hostilePath();
        }
        if (kind < 85) {
            return request.hostileBody();
        }
        if (kind < 92) {
            return request.hostileHeaders();
        }
        return hasBody ? request.hostileField() : request.hostileQueryOrPath();
    }

    /** Builds one request from the valid parts and one hostile change. */
    private final class Builder {
        private final SplittableRandom random;
        private final Map<String, String> path = new LinkedHashMap<>();
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String contentType;
        private JsonNode body;
        private byte[] rawBody;
        private boolean chunked;
        private String kind = "valid";

        Builder(SplittableRandom random) {
            this.random = random;
            for (FuzzOperation.Parameter parameter : operation.in("path")) {
                path.put(parameter.name(), validText(parameter.name(), parameter.schema()));
            }
            for (FuzzOperation.Parameter parameter : operation.in("query")) {
                if (parameter.required() || random.nextInt(3) > 0) {
                    query.add(new String[]{parameter.name(), validText(parameter.name(), parameter.schema())});
                }
            }
            if (!operation.bodies().isEmpty()) {
                contentType = operation.bodies().keySet().stream()
                        .filter(type -> type.contains("json")).findFirst()
                        .orElse(operation.bodies().keySet().iterator().next());
                body = contentType.contains("json") ? validBody() : null;
                if (body == null) {
                    rawBody = "".getBytes(StandardCharsets.UTF_8);
                }
            }
        }

        FuzzRequest valid(boolean plausibleChange) {
            if (plausibleChange && body != null && random.nextBoolean()) {
                kind = "valid, changed";
                List<String> fields = fieldPaths(body, "");
                if (!fields.isEmpty()) {
                    String field = fields.get(random.nextInt(fields.size()));
                    JsonNode current = at(body, field);
                    set(body, field, plausible(current));
                    kind = "valid, " + field + " changed";
                }
            }
            return build();
        }

        FuzzRequest hostileField() {
            if (body == null) {
                return hostileBody();
            }
            JsonNode schema = bodySchema();
            List<String> fields = fieldPaths(body, "");
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                if (!fields.contains(name)) {
                    fields.add(name);
                }
            });
            if (fields.isEmpty()) {
                return hostileBody();
            }
            String field = fields.get(random.nextInt(fields.size()));
            String value = random.nextInt(4) == 0 && isDateLike(field)
                    ? JSON.valueToTree(pick(HOSTILE_DATES)).toString() : pick(HOSTILE_JSON);
            if (random.nextInt(6) == 0) {
                value = JSON.valueToTree(pick(HOSTILE_TEXT)).toString();
            }
            set(body, field, NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(value)));
            kind = "field " + field + " = " + abbreviate(value, 40);
            return build();
        }

        FuzzRequest hostileQuery() {
            List<FuzzOperation.Parameter> parameters = operation.in("query");
            FuzzOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
            switch (random.nextInt(5)) {
                case 0 -> {
                    query.add(new String[]{parameter.name(), validText(parameter.name(), parameter.schema())});
                    query.add(new String[]{parameter.name(), hostileText(parameter.name())});
                    kind = "query " + parameter.name() + " twice";
                }
                case 1 -> {
                    query.add(new String[]{"fuzz" + random.nextInt(100), hostileText("x")});
                    kind = "unknown query parameter";
                }
                default -> {
                    query.removeIf(pair -> pair[0].equals(parameter.name()));
                    String value = hostileText(parameter.name());
                    query.add(new String[]{parameter.name(), value});
                    kind = "query " + parameter.name() + " = " + abbreviate(value, 40);
                }
            }
            return build();
        }

        FuzzRequest hostilePath() {
            List<FuzzOperation.Parameter> parameters = operation.in("path");
            FuzzOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
            String value = switch (random.nextInt(6)) {
                case 0 -> "%00";
                case 1 -> "..%2F..%2Fq%2Fhealth";
                case 2 -> "%2e%2e";
                case 3 -> "A".repeat(random.nextInt(3) == 0 ? 3_000 : 300);
                case 4 -> "%FF%FE";
                default -> null;
            };
            if (value != null) {
                path.put(parameter.name(), "\u0001raw" + value);
                kind = "path " + parameter.name() + " raw " + abbreviate(value, 40);
            } else {
                value = hostileText(parameter.name());
                path.put(parameter.name(), value);
                kind = "path " + parameter.name() + " = " + abbreviate(value, 40);
            }
            return build();
        }

        FuzzRequest hostileQueryOrPath() {
            if (!operation.in("query").isEmpty() && (operation.in("path").isEmpty() || random.nextBoolean())) {
                return hostileQuery();
            }
            if (!operation.in("path").isEmpty()) {
                return hostilePath();
            }
            return hostileHeaders();
        }

        FuzzRequest hostileBody() {
            body = null;
            if (contentType == null) {
                contentType = "application/json";
            }
            String text;
            switch (random.nextInt(16)) {
                case 0 -> {
                    int depth = new int[]{100, 1_001, 10_000}[random.nextInt(3)];
                    text = "[".repeat(depth) + "]".repeat(depth);
                    kind = "arrays nested " + depth + " deep";
                }
                case 1 -> {
                    int depth = new int[]{100, 1_001, 10_000}[random.nextInt(3)];
                    text = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                    kind = "objects nested " + depth + " deep";
                }
                case 2 -> {
                    JsonNode element = validBody();
                    ArrayNode many = NODES.arrayNode();
                    int count = 1 + random.nextInt(5_000);
                    for (int i = 0; i < count; i++) {
                        many.add(element);
                    }
                    text = many.toString();
                    kind = count + " copies of a valid body in an array";
                }
                case 3 -> {
                    ObjectNode wide = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
                    int count = 1 + random.nextInt(20_000);
                    for (int i = 0; i < count; i++) {
                        wide.put("extra" + i, i);
                    }
                    text = wide.toString();
                    kind = count + " unknown properties";
                }
                case 4 -> {
                    text = validBody().toString();
                    text = text.substring(0, Math.max(0, text.length() - 1 - random.nextInt(Math.max(1, text.length()))));
                    kind = "truncated JSON";
                }
                case 5 -> {
                    text = pick(List.of("", "null", "[]", "{}", "\"\"", "0", "true", "NaN", "{\"a\":NaN}", "-", "{,}",
                            "{\"a\":1,}", "[1,]", "{'a':1}", "{\"a\":1}{\"b\":2}", "\uFEFF{}", "{\"a\":01}",
                            "{\"a\":1e309}", "{\"a\":Infinity}", "/* */{}", "{\"a\":\"\\x41\"}"));
                    kind = "odd JSON document";
                }
                case 6 -> {
                    ObjectNode valid = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
                    Iterator<String> names = valid.fieldNames();
                    String name = names.hasNext() ? names.next() : "a";
                    text = valid.toString().replaceFirst("\\{", "{\"" + name + "\":" + pick(HOSTILE_JSON) + ",");
                    kind = "duplicated property " + name;
                }
                case 7 -> {
                    rawBody = concat(validBody().toString().getBytes(StandardCharsets.UTF_8),
                            new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
                    String valid = validBody().toString();
                    int at = valid.indexOf("\":\"");
                    if (at > 0) {
                        rawBody = concat(concat(valid.substring(0, at + 3).getBytes(StandardCharsets.UTF_8),
                                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0,
                                        (byte) 0x80}), valid.substring(at + 3).getBytes(StandardCharsets.UTF_8));
                    }
                    kind = "invalid UTF-8 bytes";
                    return build();
                }
                case 8 -> {
                    contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=x", "text/csv", "application/octet-stream",
                            "application/json; charset=ISO-8859-1", "application/json; charset=bogus",
                            "application/merge-patch+json", "*/*", "application/", "json", ";;"));
                    text = random.nextBoolean() ? validBody().toString() : "<a>1</a>";
                    kind = "media type " + contentType;
                }
                case 9 -> {
                    contentType = null;
                    text = validBody().toString();
                    kind = "no media type";
                }
                case 10 -> {
                    text = "\"" + "A".repeat(1 + random.nextInt(200_000)) + "\"";
                    kind = "one long string";
                }
                case 11 -> {
                    JsonNode valid = validBody();
                    ObjectNode wrapper = NODES.objectNode();
                    wrapper.set("data", valid);
                    text = random.nextBoolean() ? wrapper.toString() : NODES.arrayNode().add(valid).toString();
                    kind = "the valid body wrapped";
                }
                case 12 -> {
                    ObjectNode valid = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
                    List<String> names = new ArrayList<>();
                    valid.fieldNames().forEachRemaining(names::add);
                    names.forEach(name -> valid.set(name, NODES.nullNode()));
                    if (!names.isEmpty() && random.nextBoolean()) {
                        valid.remove(names.get(random.nextInt(names.size())));
                    }
                    text = valid.toString();
                    kind = "fields null or missing";
                }
                case 13 -> {
                    ObjectNode valid = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
                    List<String> names = new ArrayList<>();
                    valid.fieldNames().forEachRemaining(names::add);
                    if (!names.isEmpty()) {
                        valid.remove(names.get(random.nextInt(names.size())));
                    }
                    text = valid.toString();
                    kind = "a field missing";
                }
                case 14 -> {
                    if (operation.bodies().containsKey("text/csv")) {
                        contentType = "text/csv";
                        text = pick(List.of("", "a,b,c\n", "\"unterminated\n1,2", "x\n".repeat(30_000),
                                "currency,month,chf_per_unit\nEUR,2024-03,1e309\n",
                                "currency,month,chf_per_unit\n\u0000,+99999-01,-0\n", ",,,,,,,,,,\n", "\uFEFF\n\n\n",
                                "=cmd,@x,+1,-1\n"));
                        kind = "CSV body";
                    } else {
                        text = validBody().toString().replace("\"", "'");
                        kind = "single quotes";
                    }
                }
                default -> {
                    ObjectNode valid = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
                    valid.put("fuzzUnknown", pick(HOSTILE_TEXT));
                    text = valid.toString();
                    kind = "an unknown property";
                }
            }
            rawBody = text.getBytes(StandardCharsets.UTF_8);
            return build();
        }

        FuzzRequest hostileHeaders() {
            switch (random.nextInt(5)) {
                case 0 -> {
                    headers.put("Accept", pick(List.of("application/xml", "text/csv", "text/html", "image/png",
                            "application/json;q=0", "*/*;q=0", "garbage", "text/event-stream",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
                    kind = "Accept " + headers.get("Accept");
                }
                case 1 -> {
                    headers.put("X-Request-Id", pick(List.of("", "x".repeat(65), "a b", "é", "../", "%00",
                            "'; drop")));
                    kind = "X-Request-Id odd";
                }
                case 2 -> {
                    headers.put("Accept-Language", "x".repeat(2_000));
                    kind = "long Accept-Language";
                }
                case 3 -> {
                    if (operation.mutating()) {
                        headers.put("Content-Encoding", "gzip");
                        kind = "Content-Encoding gzip, not gzipped";
                    } else {
                        rawBody = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
                        contentType = "application/json";
                        kind = "a body on a GET";
                    }
                }
                default -> {
                    headers.put("If-None-Match", "\"" + "x".repeat(100) + "\"");
                    headers.put("Range", "bytes=-1");
                    kind = "conditional and range headers";
                }
            }
            return build();
        }

        FuzzRequest hugeBody(long size, boolean chunk, String what) {
            contentType = contentType == null ? "application/json" : contentType;
            kind = what;
            chunked = chunk;
            ObjectNode valid = validBody() instanceof ObjectNode object ? object : NODES.objectNode();
            String field = null;
            Iterator<Map.Entry<String, JsonNode>> fields = valid.fields();
            while (fields.hasNext() && field == null) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (entry.getValue().isTextual()) {
                    field = entry.getKey();
                }
            }
            valid.put(field == null ? "fuzzUnknown" : field, "");
            String skeleton = valid.toString();
            int at = skeleton.indexOf("\"\"") + 1;
            byte[] head = skeleton.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = skeleton.substring(at).getBytes(StandardCharsets.UTF_8);
            int fill = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, size - head.length - tail.length));
            byte[] bytes = new byte[head.length + fill + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            java.util.Arrays.fill(bytes, head.length, head.length + fill, (byte) 'A');
            System.arraycopy(tail, 0, bytes, head.length + fill, tail.length);
            rawBody = bytes;
            body = null;
            return build();
        }

        private FuzzRequest build() {
            Matcher parameter = PARAMETER.matcher(operation.template());
            StringBuilder target = new StringBuilder();
            while (parameter.find()) {
                String value = path.getOrDefault(parameter.group(1), "x");
                String encoded = value.startsWith("\u0001raw") ? value.substring(4) : encode(value);
                parameter.appendReplacement(target, Matcher.quoteReplacement(encoded.isEmpty() ? "%20" : encoded));
            }
            parameter.appendTail(target);
            if (!query.isEmpty()) {
                target.append('?');
                for (int i = 0; i < query.size(); i++) {
                    target.append(i == 0 ? "" : "&").append(encode(query.get(i)[0])).append('=')
                            .append(encode(query.get(i)[1]));
                }
            }
            byte[] bytes = rawBody != null ? rawBody
                    : body != null ? body.toString().getBytes(StandardCharsets.UTF_8) : null;
            if (bytes == null && operation.mutating() && contentType != null) {
                bytes = new byte[0];
            }
            return new FuzzRequest(operation.method(), target.toString(), bytes == null && !operation.mutating()
                    ? null : contentType, bytes, chunked, Map.copyOf(headers), kind);
        }

        private JsonNode validBody() {
            if (!validBodies.isEmpty()) {
                return validBodies.get(random.nextInt(validBodies.size())).deepCopy();
            }
            return fromSchema(bodySchema(), "", 0);
        }

        private JsonNode bodySchema() {
            JsonNode schema = operation.bodies().getOrDefault("application/json",
                    operation.bodies().values().stream().findFirst().orElse(NODES.objectNode()));
            return operation.schemas().resolve(schema);
        }

        private JsonNode fromSchema(JsonNode schema, String name, int depth) {
            schema = operation.schemas().resolve(schema);
            if (values.containsKey(name)) {
                String value = pick(values.get(name));
                return isNumeric(schema) ? parse(value) : NODES.textNode(value);
            }
            if (schema.has("enum")) {
                return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
            }
            String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
            switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    if (depth > 4) {
                        return object;
                    }
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(field -> required.add(field.asText()));
                    JsonNode finalSchema = schema;
                    schema.path("properties").fieldNames().forEachRemaining(property -> {
                        if (required.contains(property) || random.nextInt(3) > 0) {
                            object.set(property, fromSchema(finalSchema.path("properties").path(property), property,
                                    depth + 1));
                        }
                    });
                    if (name.endsWith("Month") || name.equals("month")) {
                        return NODES.textNode("2024-03");
                    }
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int count = 1 + random.nextInt(2);
                    for (int i = 0; i < count && depth <= 4; i++) {
                        array.add(fromSchema(schema.path("items"), name, depth + 1));
                    }
                    return array;
                }
                case "integer" -> {
                    return NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1 + random.nextInt(10));
                }
                case "number" -> {
                    return NODES.numberNode(new java.math.BigDecimal(100 + random.nextInt(100_000)).movePointLeft(2));
                }
                case "boolean" -> {
                    return NODES.booleanNode(random.nextBoolean());
                }
                default -> {
                    return NODES.textNode(textFromSchema(schema, name));
                }
            }
        }

        private String textFromSchema(JsonNode schema, String name) {
            String format = schema.path("format").asText("");
            if (format.equals("date") || isDateLike(name)) {
                return "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            }
            if (format.equals("date-time")) {
                return "2024-03-01T10:00:00Z";
            }
            if (schema.has("examples") && schema.path("examples").size() > 0) {
                return schema.path("examples").get(0).asText();
            }
            return "FUZZ-" + random.nextInt(1000);
        }

        private String validText(String name, JsonNode schema) {
            if (values.containsKey(name)) {
                return pick(values.get(name));
            }
            JsonNode value = fromSchema(schema, name, 0);
            return value.isTextual() ? value.asText() : value.toString();
        }

        private String hostileText(String name) {
            if (isDateLike(name) && random.nextBoolean()) {
                return pick(HOSTILE_DATES);
            }
            int choice = random.nextInt(3);
            if (choice == 0) {
                return pick(List.of("-1", "0", "-0", "2147483648", "107374183", "9223372036854775808", "1e309", "NaN",
                        "-2147483649", "1.5", "0x10", "99999999999999999999", "+1", "Infinity", "1,2"));
            }
            return pick(HOSTILE_TEXT);
        }

        /** A change a real client could make: another enum value, a shifted date or amount, another known value. */
        private JsonNode plausible(JsonNode current) {
            if (current == null || current.isMissingNode()) {
                return NODES.textNode("FUZZ");
            }
            if (current.isNumber()) {
                return NODES.numberNode(current.decimalValue().multiply(java.math.BigDecimal.valueOf(
                        random.nextInt(5) - 1)).add(java.math.BigDecimal.valueOf(random.nextInt(3))));
            }
            if (current.isTextual() && current.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return NODES.textNode(java.time.LocalDate.parse(current.asText())
                        .plusDays(random.nextInt(800) - 400).toString());
            }
            if (current.isTextual()) {
                for (List<String> known : values.values()) {
                    if (known.contains(current.asText())) {
                        return NODES.textNode(pick(known));
                    }
                }
                return NODES.textNode(current.asText() + random.nextInt(10));
            }
            if (current.isBoolean()) {
                return NODES.booleanNode(!current.asBoolean());
            }
            return current;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private static boolean isNumeric(JsonNode schema) {
        String type = schema.path("type").asText("");
        return type.equals("number") || type.equals("integer");
    }

    private static boolean isDateLike(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("on") || lower.contains("date") || lower.equals("asof") || lower.endsWith("from")
                || lower.endsWith("to") || lower.contains("month") || lower.equals("period") || lower.contains("year");
    }

    /** Every field of a body, as dotted paths with [i] for elements: the places a value can be changed. */
    private static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                paths.add(path);
                paths.addAll(fieldPaths(entry.getValue(), path));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size() && i < 3; i++) {
                String path = prefix + "[" + i + "]";
                paths.add(path);
                paths.addAll(fieldPaths(node.get(i), path));
            }
        }
        return paths;
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private static JsonNode at(JsonNode root, String path) {
        JsonNode current = root;
        Matcher step = STEP.matcher(path);
        while (step.find() && current != null) {
            current = step.group(1) != null ? current.get(step.group(1)) : current.get(Integer.parseInt(step.group(2)));
        }
        return current;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        Matcher step = STEP.matcher(path);
        List<String[]> steps = new ArrayList<>();
        while (step.find()) {
            steps.add(new String[]{step.group(1), step.group(2)});
        }
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1 && parent != null; i++) {
            parent = steps.get(i)[0] != null ? parent.get(steps.get(i)[0]) : parent.get(Integer.parseInt(steps.get(i)[1]));
        }
        String[] last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object && last[0] != null) {
            object.set(last[0], value);
        } else if (parent instanceof ArrayNode array && last[1] != null && Integer.parseInt(last[1]) < array.size()) {
            array.set(Integer.parseInt(last[1]), value);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return NODES.textNode(json);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…(" + text.length() + ")";
    }
}
