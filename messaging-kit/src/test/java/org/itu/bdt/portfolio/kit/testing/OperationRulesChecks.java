package org.itu.bdt.portfolio.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles × operations test, generated from the service's own OpenAPI document and the rules table of
 * docs/security.md: every operation must have a rule, and every role, without a token, and a partner for its own and
 * for another partner's objects, must get the answer the rule gives — 401 without a token, 403 for a role the rule
 * does not name, 404 for another partner's object, and neither of those (nor a 5xx) where the rule allows the call.
 * A service's OperationRulesTest (a {@code @QuarkusTest}) extends this and supplies path values of real objects.
 */
public abstract class OperationRulesChecks {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** HTTP/1.1: over HTTP/2, hundreds of streams closed unread look like a reset flood and the server drops them. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The service's heading in docs/security.md, e.g. "funding-service". */
    protected abstract String service();

    /** The rules table: the repository's docs/security.md, seen from a service's module directory. */
    protected Path document() {
        return Path.of("..", "docs", "security.md");
    }

    /** A partner whose objects {@link #pathValuesOf} names, and another one's. */
    protected abstract String ownPartner();

    protected abstract String otherPartner();

    /**
     * For each path parameter of the service's operations, the value of a real object that concerns the given
     * partner (it is called with {@link #ownPartner()} and {@link #otherPartner()}); values that concern no partner
     * (a period, a currency) are the same for both.
     */
    protected abstract Map<String, String> pathValuesOf(String partnerId);

    /** Where the service's operations live; other paths of the OpenAPI document are not its API. */
    protected String pathPrefix() {
        return "/api/";
    }

    /** Query parameters sent wherever an operation declares them, so that a check is not refused for lack of one. */
    protected Map<String, String> queryValues() {
        return Map.of("asOf", "2024-12-31", "year", "2024");
    }

    /**
     * Operations whose allowed call would change what other tests see (a rebuild of the read model): for them only
     * the refusals are checked.
     */
    protected Set<String> refusalsOnly() {
        return Set.of();
    }

    @Test
    protected void everyOperationHasARuleAndEveryRuleAnOperation() throws IOException {
        OperationRules rules = OperationRules.read(document(), service());
        Set<String> operations = operations().stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(operations).as("operations of %s without a row in docs/security.md", service())
                .allSatisfy(operation -> assertThat(rules.rolesByOperation()).containsKey(operation));
        assertThat(rules.rolesByOperation().keySet()).as("rows of docs/security.md without an operation")
                .allSatisfy(operation -> assertThat(operations).contains(operation));
        rules.rolesByOperation().forEach((operation, roles) -> {
            assertThat(allowedNames()).as("roles of %s", operation).containsAll(roles);
            assertThat(roles.contains("admin") || roles.contains(OperationRules.ANYONE))
                    .as("%s is open to anyone or allowed to admin", operation).isTrue();
        });
    }

    @Test
    void everyRoleGetsTheAnswerOfTheRulesTable() throws Exception {
        assertThat(answersThatDiffer()).as("answers that differ from docs/security.md").isEmpty();
    }

    protected List<String> answersThatDiffer() throws Exception {
        OperationRules rules = OperationRules.read(document(), service());
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            Set<String> roles = rules.rolesOf(operation.name());
            if (roles != null) {
                check(operation, roles, wrong);
            }
        }
        return wrong;
    }

    private void check(Operation operation, Set<String> roles, List<String> wrong) throws Exception {
        Map<String, String> own = pathValuesOf(ownPartner());
        int anonymous = call(operation, own, null);
        if (roles.contains(OperationRules.ANYONE)) {
            expectAllowed(operation, "no token", anonymous, wrong);
            return;
        }
        expect(operation, "no token", anonymous, 401, wrong);
        for (String role : OperationRules.ROLES) {
            if (!roles.contains(role)) {
                String token = role.equals("partner") ? Tokens.forPartner(ownPartner()) : Tokens.forRole(role);
                expect(operation, role, call(operation, own, token), 403, wrong);
            } else if (role.equals("partner")) {
                checkPartner(operation, own, wrong);
            } else if (!refusalsOnly().contains(operation.name())) {
                expectAllowed(operation, role, call(operation, own, Tokens.forRole(role)), wrong);
            }
        }
    }

    private void checkPartner(Operation operation, Map<String, String> own, List<String> wrong) throws Exception {
        String token = Tokens.forPartner(ownPartner());
        int status = call(operation, own, token);
        expectAllowed(operation, "partner, own", status, wrong);
        if (status == 404) {
            wrong.add(operation.name() + " as partner, own: 404");
        }
        Map<String, String> other = pathValuesOf(otherPartner());
        if (!operation.path(own).equals(operation.path(other))) {
            expect(operation, "partner, another partner's", call(operation, other, token), 404, wrong);
        }
    }

    private static void expect(Operation operation, String who, int status, int expected, List<String> wrong) {
        if (status != expected) {
            wrong.add("%s as %s: %d, expected %d".formatted(operation.name(), who, status, expected));
        }
    }

    private static void expectAllowed(Operation operation, String who, int status, List<String> wrong) {
        if (status == 401 || status == 403 || status >= 500) {
            wrong.add("%s as %s: %d, expected it allowed".formatted(operation.name(), who, status));
        }
    }

    /** The status of one call; the body is not read, so a stream answers as soon as its headers arrive. */
    private int call(Operation operation, Map<String, String> values, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + RestAssured.port + operation.path(values) + operation.query(queryValues())))
                .timeout(PATIENCE)
                .header("Accept", "*/*")
                .method(operation.method(), operation.body());
        if (operation.mediaType() != null) {
            request.header("Content-Type", operation.mediaType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private List<Operation> operations() throws IOException {
        JsonNode document = json.readTree(RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(pathPrefix())) {
                continue;
            }
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(Operation.of(entry.getKey(), path.getKey(), entry.getValue()));
                }
            });
        }
        return operations;
    }

    private static Set<String> allowedNames() {
        Set<String> names = new TreeSet<>(OperationRules.ROLES);
        names.add(OperationRules.ANYONE);
        return names;
    }

    private record Operation(String method, String template, List<String> queryNames, String mediaType) {

        static Operation of(String method, String template, JsonNode description) {
            List<String> query = new ArrayList<>();
            description.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                }
            });
            Iterator<String> types = description.path("requestBody").path("content").fieldNames();
            return new Operation(method.toUpperCase(), template, query, types.hasNext() ? types.next() : null);
        }

        String name() {
            return method + " " + template;
        }

        String path(Map<String, String> values) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String value = values.get(parameter.group(1));
                if (value == null) {
                    throw new IllegalStateException("no value for {" + parameter.group(1) + "} of " + name());
                }
                parameter.appendReplacement(path, Matcher.quoteReplacement(
                        URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
            }
            return parameter.appendTail(path).toString();
        }

        String query(Map<String, String> values) {
            String query = queryNames.stream().filter(values::containsKey)
                    .map(name -> name + "=" + URLEncoder.encode(values.get(name), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? "" : "?" + query;
        }

        /** An empty JSON object: enough to pass the role check, refused by validation where the role is allowed. */
        HttpRequest.BodyPublisher body() {
            if (mediaType == null) {
                return HttpRequest.BodyPublishers.noBody();
            }
            return HttpRequest.BodyPublishers.ofString(mediaType.contains("json") ? "{}" : "");
        }
    }
}
