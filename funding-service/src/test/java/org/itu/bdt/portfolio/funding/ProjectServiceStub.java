package org.itu.bdt.portfolio.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stands in for project-service's GET /api/projects/{projectNumber}: 200 with a project and its status for the
 * known numbers (the test projects and the reference portfolio's), 404 problem details otherwise, and three ways
 * of failing for the outage tests. Like project-service it wants a bearer token, and only funding-service's own
 * (client credentials, azp funding-service): 401 without one, 403 for any other, such as a user's token passed on.
 */
@QuarkusTestResource(value = ProjectServiceStub.class, restrictToAnnotatedClass = false)
public class ProjectServiceStub implements QuarkusTestResourceLifecycleManager {
    public static final String FAILING_PROJECT = "7ERR00503";
    public static final String CONNECTION_DROPPING_PROJECT = "7CUT00000";
    public static final String SLOW_PROJECT = "7SLO00000";
    private static final Set<String> KNOWN = Stream.concat(Stream.of("7BTN23069", "7MNE24002", "7CIS21009",
                    "7GLO24139", "7TST00001", "7TST00002", "7TST00003", "7TST00004", "7TST00005", "7TST00006",
                    "7TST00007", "7TST00008", "7TST00009", "9TST00010"),
            ReferenceData.rows("projects.csv").stream().map(project -> project.get("project_number")))
            .collect(Collectors.toUnmodifiableSet());
    /** Projects of the agreement-lifecycle tests: every 7AGR number is ONGOING, except these. */
    public static final String CLOSED_PROJECT = "7AGR90001";
    public static final String PROPOSED_PROJECT = "7AGR90002";
    public static final String APPROVED_PROJECT = "7AGR90003";
    public static final String SUSPENDED_PROJECT = "7AGR90004";
    private static final String ONGOING_PREFIX = "7AGR";
    private static final Map<String, String> NOT_ONGOING = Map.of(CLOSED_PROJECT, "OPERATIONALLY_CLOSED",
            PROPOSED_PROJECT, "PROPOSED", APPROVED_PROJECT, "APPROVED", SUSPENDED_PROJECT, "SUSPENDED");
    private static final String PATH = "/api/projects/";
    private static final String BEARER = "Bearer ";
    private static final String CLIENT = "funding-service";
    private static final long SLOW_NANOS = 2_500_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("project-service stub did not start", e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext(PATH, this::answer);
        server.start();
        return Map.of("quarkus.rest-client.project-service.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            problem(exchange, 401, "unauthorized", "a token is needed");
            return;
        }
        if (!CLIENT.equals(clientOf(authorization.substring(BEARER.length())))) {
            problem(exchange, 403, "forbidden", "not this token");
            return;
        }
        String projectNumber = exchange.getRequestURI().getPath().substring(PATH.length());
        switch (projectNumber) {
            case CONNECTION_DROPPING_PROJECT -> throw new IOException("stub drops the connection");
            case FAILING_PROJECT -> problem(exchange, 503, "dependency-unavailable", "project " + projectNumber);
            case SLOW_PROJECT -> {
                LockSupport.parkNanos(SLOW_NANOS);
                respond(exchange, 200, "application/json", project(projectNumber));
            }
            default -> {
                if (KNOWN.contains(projectNumber) || projectNumber.startsWith(ONGOING_PREFIX)) {
                    respond(exchange, 200, "application/json", project(projectNumber));
                } else {
                    problem(exchange, 404, "not-found", "project " + projectNumber);
                }
            }
        }
    }

    /** The client a token was issued to (azp), read without checking the signature: who sends it is the point. */
    private static String clientOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("azp").asText(null);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String project(String projectNumber) {
        return """
                {"projectNumber":"%s","title":"Stub project","region":"EUROPE","scope":"NATIONAL",\
                "regionalInitiative":"EUR2","signedOn":"2024-09-12","startDate":"2024-09-27",\
                "endDate":"2025-12-31","status":"%s","revision":1}""".formatted(projectNumber,
                NOT_ONGOING.getOrDefault(projectNumber, "ONGOING"));
    }

    private static void problem(HttpExchange exchange, int status, String type, String detail) throws IOException {
        respond(exchange, status, "application/problem+json", """
                {"type":"urn:bdt-portfolio:problem:%s","title":"stub","status":%d,"detail":"%s","instance":"%s"}"""
                .formatted(type, status, detail, exchange.getRequestURI().getPath()));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
