package org.itu.bdt.portfolio.funding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * of failing for the outage tests.
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
    private static final long SLOW_NANOS = 2_500_000_000L;

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
        String projectNumber = exchange.getRequestURI().getPath().substring(PATH.length());
        switch (projectNumber) {
            case CONNECTION_DROPPING_PROJECT -> throw new IOException("stub drops the connection");
            case FAILING_PROJECT -> respond(exchange, 503, "application/problem+json", problem(503, projectNumber));
            case SLOW_PROJECT -> {
                LockSupport.parkNanos(SLOW_NANOS);
                respond(exchange, 200, "application/json", project(projectNumber));
            }
            default -> {
                if (KNOWN.contains(projectNumber) || projectNumber.startsWith(ONGOING_PREFIX)) {
                    respond(exchange, 200, "application/json", project(projectNumber));
                } else {
                    respond(exchange, 404, "application/problem+json", problem(404, projectNumber));
                }
            }
        }
    }

    private static String project(String projectNumber) {
        return """
                {"projectNumber":"%s","title":"Stub project","region":"EUROPE","scope":"NATIONAL",\
                "regionalInitiative":"EUR2","signedOn":"2024-09-12","startDate":"2024-09-27",\
                "endDate":"2025-12-31","status":"%s","revision":1}""".formatted(projectNumber,
                NOT_ONGOING.getOrDefault(projectNumber, "ONGOING"));
    }

    private static String problem(int status, String projectNumber) {
        return """
                {"type":"urn:bdt-portfolio:problem:%s","title":"stub","status":%d,\
                "detail":"project %s","instance":"/api/projects/%s"}"""
                .formatted(status == 404 ? "not-found" : "dependency-unavailable", status, projectNumber,
                        projectNumber);
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
