package org.itu.bdt.portfolio.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a committed OpenAPI document (docs/openapi/&lt;service&gt;/openapi.yaml) as the fuzzer needs it:
 * its parameters, the media types and schemas of its body, and what it answers. Schemas are read with their
 * {@code $ref}s resolved against the document's components.
 */
record FuzzOperation(String method, String template, List<Parameter> parameters, Map<String, JsonNode> bodies,
                     Set<String> answers, Schemas schemas) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    String name() {
        return method + " " + template;
    }

    boolean mutating() {
        return !method.equals("GET");
    }

    /** Answers a stream (server-sent events) that stays open: only its status and headers are read. */
    boolean streams() {
        return answers.contains("text/event-stream");
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
    }

    static List<FuzzOperation> read(Path document, String pathPrefix) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Schemas schemas = new Schemas(root);
        List<FuzzOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(pathPrefix)) {
                continue;
            }
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(of(entry.getKey().toUpperCase(), path.getKey(), entry.getValue(), schemas));
                }
            });
        }
        return operations;
    }

    private static FuzzOperation of(String method, String template, JsonNode description, Schemas schemas) {
        List<Parameter> parameters = new ArrayList<>();
        description.path("parameters").forEach(parameter -> parameters.add(new Parameter(
                parameter.path("name").asText(), parameter.path("in").asText(),
                schemas.resolve(parameter.path("schema")), parameter.path("required").asBoolean(false))));
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        description.path("requestBody").path("content").fields().forEachRemaining(type ->
                bodies.put(type.getKey(), schemas.resolve(type.getValue().path("schema"))));
        Set<String> answers = new java.util.TreeSet<>();
        description.path("responses").forEach(response -> response.path("content").fieldNames()
                .forEachRemaining(answers::add));
        return new FuzzOperation(method, template, List.copyOf(parameters), bodies, answers, schemas);
    }

    /** The document's components, for resolving {@code $ref}s. */
    record Schemas(JsonNode root) {

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
                String reference = current.path("$ref").asText();
                if (!reference.startsWith("#/")) {
                    return MissingNode.getInstance();
                }
                current = root.at(reference.substring(1));
            }
            if (current.has("allOf") && current.path("allOf").size() > 0) {
                return resolve(current.path("allOf").get(0));
            }
            if (current.has("oneOf") && current.path("oneOf").size() > 0) {
                return resolve(current.path("oneOf").get(0));
            }
            if (current.has("anyOf") && current.path("anyOf").size() > 0) {
                return resolve(current.path("anyOf").get(0));
            }
            return current;
        }
    }
}
