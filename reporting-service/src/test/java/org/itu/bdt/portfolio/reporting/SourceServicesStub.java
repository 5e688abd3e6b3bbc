package org.itu.bdt.portfolio.reporting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for project-service's GET /api/projects and funding-service's
 * GET /api/agreements/totals, answering contract-shaped JSON that a test sets, or failing as a test asks. Like the
 * real services it refuses a call without a bearer token (401), keeps the last token it was sent, and pages as they
 * do, in project-number order: projects by page and size, totals by after and limit.
 */
public class SourceServicesStub implements QuarkusTestResourceLifecycleManager {

    public enum Behaviour { ANSWER, UNAVAILABLE, SLOW }

    private static final Pattern PROJECT_NUMBER = Pattern.compile("\"projectNumber\":\"(\\w+)\"");

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
                projectPage(exchange);
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
            default -> totalsPage(exchange);
        }
    }

    private static void projectPage(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        List<String> all = byProjectNumber(projects);
        List<String> items = all.subList(Math.min(page * size, all.size()), Math.min((page + 1) * size, all.size()));
        answer(exchange, """
                {"items":[%s],"page":%d,"size":%d,"totalItems":%d,"totalPages":%d}"""
                .formatted(String.join(",", items), page, size, all.size(), (all.size() + size - 1) / size));
    }

    private static void totalsPage(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        String after = query.getOrDefault("after", "");
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<String> rest = byProjectNumber(funding).stream().filter(totals -> number(totals).compareTo(after) > 0)
                .toList();
        List<String> page = rest.subList(0, Math.min(limit, rest.size()));
        String next = rest.size() > limit ? "\"" + number(page.get(page.size() - 1)) + "\"" : "null";
        answer(exchange, """
                {"asOf":"2024-12-31","projects":[%s],"next":%s}""".formatted(String.join(",", page), next));
    }

    private static List<String> byProjectNumber(List<String> json) {
        return json.stream().sorted(Comparator.comparing(SourceServicesStub::number)).toList();
    }

    private static String number(String json) {
        Matcher number = PROJECT_NUMBER.matcher(json);
        if (!number.find()) {
            throw new IllegalArgumentException("no projectNumber in " + json);
        }
        return number.group(1);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue.length < 2 ? ""
                    : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
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
