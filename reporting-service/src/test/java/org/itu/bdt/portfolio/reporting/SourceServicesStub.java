package org.itu.bdt.portfolio.reporting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for project-service's GET /api/projects and funding-service's
 * GET /api/agreements/totals, answering contract-shaped JSON that a test sets, or failing as a test asks. Like the
 * real services it refuses a call without a bearer token (401), and it keeps the last token it was sent.
 */
public class SourceServicesStub implements QuarkusTestResourceLifecycleManager {

    public enum Behaviour { ANSWER, UNAVAILABLE, SLOW }

    private static volatile List<String> projects = List.of();
    private static volatile List<String> funding = List.of();
    private static volatile Behaviour fundingService = Behaviour.ANSWER;
    private static volatile String lastToken;
    private HttpServer server;

    /** Projects as project-service writes them, one JSON object each. */
    public static void projects(String... projectJson) {
        projects = List.of(projectJson);
    }

    /** Per-project totals as funding-service writes them, one JSON object each. */
    public static void funding(String... totalsJson) {
        funding = List.of(totalsJson);
    }

    public static void fundingService(Behaviour behaviour) {
        fundingService = behaviour;
    }

    /** The bearer token of the last call, null before any. */
    public static String lastToken() {
        return lastToken;
    }

    public static String project(String number, String region, String status, String signedOn) {
        return """
                {"projectNumber":"%s","title":"Project %s","region":"%s","scope":"NATIONAL","regionalInitiative":null,
                 "signedOn":"%s","startDate":null,"endDate":null,"status":"%s","version":1}"""
                .formatted(number, number, region, signedOn, status);
    }

    /** One cash project agreement line per source and amount given, e.g. "PARTNER", "1000.00". */
    public static String totals(String projectNumber, String... sourceAndAmount) {
        var lines = new StringBuilder();
        for (int i = 0; i < sourceAndAmount.length; i += 2) {
            lines.append(lines.isEmpty() ? "" : ",").append("""
                    {"fundingSource":"%s","kind":"PROJECT_AGREEMENT","contribution":"CASH","agreements":1,
                     "chfInEffect":%s}""".formatted(sourceAndAmount[i], sourceAndAmount[i + 1]));
        }
        return """
                {"projectNumber":"%s","lines":[%s],"amendmentsApplied":0,"cancellationsApplied":0}"""
                .formatted(projectNumber, lines);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/projects", exchange -> {
            if (authorized(exchange)) {
                answer(exchange, """
                        {"items":[%s],"page":0,"size":200,"totalItems":%d,"totalPages":1}"""
                        .formatted(String.join(",", projects), projects.size()));
            }
        });
        server.createContext("/api/agreements/totals", exchange -> {
            if (authorized(exchange)) {
                fundingTotals(exchange);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("portfolio.project-service.url", url, "portfolio.funding-service.url", url,
                "portfolio.sources.timeout", "2s");
    }

    /** Only that a bearer token is sent: the services' own tests check how they verify it. */
    private static boolean authorized(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            respond(exchange, 401, "{\"status\":401}");
            return false;
        }
        lastToken = authorization.substring("Bearer ".length());
        return true;
    }

    private void fundingTotals(HttpExchange exchange) throws IOException {
        switch (fundingService) {
            case UNAVAILABLE -> respond(exchange, 503, "{\"status\":503}");
            case SLOW -> {
                pause();
                answer(exchange, "{}");
            }
            default -> answer(exchange, """
                    {"asOf":"2024-12-31","projects":[%s],"next":null}""".formatted(String.join(",", funding)));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(4000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        respond(exchange, 200, json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
