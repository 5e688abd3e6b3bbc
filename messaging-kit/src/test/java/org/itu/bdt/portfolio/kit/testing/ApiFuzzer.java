package org.itu.bdt.portfolio.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A fuzzer driven by a service's committed OpenAPI document (docs/api.md, "Fuzzing"). For every operation it sends
 * {@code fuzz.requests} requests (2,000 unless told), each a pure function of {@code fuzz.seed}, with the token of a
 * role that docs/security.md allows, and checks every answer: no 5xx; every 4xx an RFC 9457 problem
 * ({@code application/problem+json} with {@code type}, {@code title} and {@code status} equal to the HTTP status,
 * and no stack trace or SQL); and a refused request changes nothing — for a mutating operation the database's
 * fingerprint ({@link DatabaseFingerprint}) is taken before and after each request and must be unchanged after a
 * 4xx, while the GETs must leave it unchanged over their whole run.
 */
public final class ApiFuzzer {

    /** The seed when {@code -Dfuzz.seed} names none: a run is the same run until someone asks for another. */
    public static final long DEFAULT_SEED = 20_261_205L;
    public static final int DEFAULT_REQUESTS = 2_000;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration SETTLING = Duration.ofSeconds(10);
    /**
     * Between two fingerprints of the settling: the relay, woken by the commit, publishes within milliseconds, and
     * thousands of accepted requests each wait at least one such pause.
     */
    private static final long SETTLE_POLL_MILLIS = 2;
    /**
     * Each token is used for this many requests and then replaced by one of another subject: the rate limit counts
     * per caller (client and subject) with a burst of 1,000, so no caller ever reaches it and the production limit
     * stays on for the run (a test profile without it would restart the application for this one test).
     */
    private static final int REQUESTS_PER_CALLER = 250;
    private static final List<String> INTERNAL_ROLES = List.of("admin", "finance", "project-manager", "board",
            "viewer");
    private static final int EXAMPLES = 3;
    /** The longest run of refused requests checked by one fingerprint. */
    private static final int REFUSED_RUN = 16;

    private final Settings settings;
    private final ObjectMapper json = new ObjectMapper();
    /** HTTP/1.1: over HTTP/2, thousands of streams closed unread look like a reset flood and the server drops them. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE).build();
    private final Map<String, Finding> findings = new ConcurrentHashMap<>();
    private final Map<String, Tally> tallies = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger callers = new AtomicInteger();
    /** Operations whose replayed run named the request that wrote. */
    private final Set<String> writers = ConcurrentHashMap.newKeySet();

    private ApiFuzzer(Settings settings) {
        this.settings = settings;
    }

    public static Settings forService(String service) {
        return new Settings(service);
    }

    /** What a service's ApiFuzzTest tells the fuzzer. */
    public static final class Settings {
        private final String service;
        private Path document;
        private Path rules = Path.of("..", "docs", "security.md");
        private int port;
        private DataSource dataSource;
        private final List<String> schemas = new ArrayList<>(List.of("public"));
        private final List<String> volatileColumns = new ArrayList<>(List.of("published_at"));
        private final List<String> ignoredTables = new ArrayList<>(List.of("flyway_schema_history"));
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, List<String>> validBodies = new LinkedHashMap<>();
        private long bodyLimit = 16 * 1024;
        private int concurrency = 3;
        private long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        private int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);

        private Settings(String service) {
            this.service = service;
            this.document = Path.of("..", "docs", "openapi", service, "openapi.yaml");
        }

        public Settings port(int port) {
            this.port = port;
            return this;
        }

        public Settings database(DataSource dataSource, String... schemas) {
            this.dataSource = dataSource;
            if (schemas.length > 0) {
                this.schemas.clear();
                this.schemas.addAll(List.of(schemas));
            }
            return this;
        }

        /** Tables left out of the fingerprint: ones the service's own background jobs write. */
        public Settings ignoring(String... tables) {
            ignoredTables.addAll(List.of(tables));
            return this;
        }

        /** Valid values of a path or query parameter or a body property, by name: real objects of the test. */
        public Settings values(String name, String... known) {
            values.put(name, List.of(known));
            return this;
        }

        /** Valid bodies of an operation ({@code "POST /api/agreements"}), the starting points of its mutations. */
        public Settings validBodies(String operation, String... bodies) {
            validBodies.put(operation, List.of(bodies));
            return this;
        }

        /** The service's {@code quarkus.http.limits.max-body-size}, in bytes. */
        public Settings bodyLimit(long bytes) {
            this.bodyLimit = bytes;
            return this;
        }

        public Settings seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Settings requests(int requests) {
            this.requests = requests;
            return this;
        }

        public Report run() throws Exception {
            Objects.requireNonNull(dataSource, "the fuzzer needs the service's database");
            return new ApiFuzzer(this).run();
        }
    }

    /** One kind of failure of one operation: how often, and the first requests that showed it. */
    public record Finding(String operation, String check, List<String> examples, AtomicInteger count) {
        @Override
        public String toString() {
            return "%s — %s (%d×)%n    %s".formatted(operation, check, count.get(),
                    String.join(System.lineSeparator() + "    ", examples));
        }
    }

    /** Requests and answers per operation. */
    public record Tally(String operation, AtomicInteger requests, Map<Integer, AtomicInteger> statuses,
                        long[] millis) {
        @Override
        public String toString() {
            return "%-62s %5d requests %6.1f s  %s".formatted(operation, requests.get(), millis[0] / 1000.0,
                    new TreeMap<>(statuses));
        }
    }

    public record Report(long seed, int requestsPerOperation, List<Tally> operations, List<Finding> findings,
                         long millis) {
        public int totalRequests() {
            return operations.stream().mapToInt(tally -> tally.requests().get()).sum();
        }

        public int fewestRequests() {
            return operations.stream().mapToInt(tally -> tally.requests().get()).min().orElse(0);
        }

        public long serverErrors() {
            return operations.stream().flatMap(tally -> tally.statuses().entrySet().stream())
                    .filter(entry -> entry.getKey() >= 500).mapToLong(entry -> entry.getValue().get()).sum();
        }

        public String findingsText() {
            return findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
        }
    }

    private Report run() throws Exception {
        long started = System.nanoTime();
        List<FuzzOperation> operations = FuzzOperation.read(settings.document, "/api/");
        OperationRules rules = OperationRules.read(settings.rules, settings.service);
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(settings.dataSource, settings.schemas,
                settings.volatileColumns, settings.ignoredTables);
        System.out.printf("API fuzzing of %s: seed %d (-Dfuzz.seed=%d to repeat), %d requests per operation, "
                        + "%d operations%n", settings.service, settings.seed, settings.seed, settings.requests,
                operations.size());
        for (FuzzOperation operation : operations) {
            tallies.put(operation.name(), new Tally(operation.name(), new AtomicInteger(),
                    new ConcurrentHashMap<>(), new long[1]));
        }
        // the mutating operations first, one request at a time, each between two fingerprints
        for (FuzzOperation operation : operations) {
            if (operation.mutating()) {
                fuzzMutating(operation, rules, fingerprint);
            }
        }
        // then every GET, in parallel, between one fingerprint before and one after the whole run
        settled(fingerprint, fingerprint.take());
        Map<String, String> before = fingerprint.content();
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (FuzzOperation operation : operations) {
                if (!operation.mutating()) {
                    FuzzRequests requests = requestsOf(operation);
                    String[] tokens = tokensOf(operation, rules);
                    long opStarted = System.nanoTime();
                    List<Future<?>> parts = new ArrayList<>();
                    for (int part = 0; part < settings.concurrency; part++) {
                        int first = part;
                        parts.add(pool.submit(() -> {
                            for (int index = first; index < settings.requests; index += settings.concurrency) {
                                send(operation, requests.request(index), tokens[index / REQUESTS_PER_CALLER]);
                            }
                            tallies.get(operation.name()).millis()[0] = (System.nanoTime() - opStarted) / 1_000_000;
                            return null;
                        }));
                    }
                    runs.addAll(parts);
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> after = fingerprint.content();
        if (!after.equals(before)) {
            find("GET (all)", "the GET run changed the database: " + DatabaseFingerprint.difference(before, after),
                    "the " + settings.requests + " requests of every GET");
        }
        List<Tally> operationTallies;
        synchronized (tallies) {
            operationTallies = List.copyOf(tallies.values());
        }
        Report report = new Report(settings.seed, settings.requests, operationTallies,
                findings.values().stream().sorted(java.util.Comparator.comparing(Finding::operation)
                        .thenComparing(Finding::check)).toList(), (System.nanoTime() - started) / 1_000_000);
        operationTallies.forEach(System.out::println);
        System.out.printf("API fuzzing of %s: %d requests in %.1f s, seed %d, %d kinds of failure%n",
                settings.service, report.totalRequests(), report.millis() / 1000.0, settings.seed,
                report.findings().size());
        if (!report.findings().isEmpty()) {
            System.out.println(report.findingsText());
        }
        return report;
    }

    /**
     * One request at a time. The fingerprint is taken before each valid-looking request (the ones likely to be
     * accepted) and after each accepted one; refused requests in between are checked as a run of at most
     * {@link #REFUSED_RUN} (a row written by any of them changes its row versions for good). When a run changed
     * something, or an accepted request ended one, its requests are sent again one by one between two fingerprints,
     * so that the request that wrote is named.
     */
    private void fuzzMutating(FuzzOperation operation, OperationRules rules, DatabaseFingerprint fingerprint)
            throws Exception {
        FuzzRequests requests = requestsOf(operation);
        String[] tokens = tokensOf(operation, rules);
        long opStarted = System.nanoTime();
        Map<String, String> before = settled(fingerprint, fingerprint.take());
        List<Integer> refused = new ArrayList<>();
        for (int index = 0; index < settings.requests; index++) {
            FuzzRequests.FuzzRequest request = requests.request(index);
            String token = tokens[index / REQUESTS_PER_CALLER];
            if (request.kind().startsWith("valid") && !refused.isEmpty()) {
                before = checkRun(operation, requests, tokens, refused, before, fingerprint);
            }
            int status = send(operation, request, token);
            if (status >= 400 || status < 0) {
                refused.add(index);
                if (refused.size() >= REFUSED_RUN) {
                    before = checkRun(operation, requests, tokens, refused, before, fingerprint);
                }
            } else if (refused.isEmpty()) {
                before = settled(fingerprint, fingerprint.take());
            } else {
                // the run's refusals and this acceptance are in one fingerprint: check the run alone again
                settled(fingerprint, fingerprint.take());
                before = replay(operation, requests, tokens, refused, fingerprint, false);
            }
        }
        if (!refused.isEmpty()) {
            checkRun(operation, requests, tokens, refused, before, fingerprint);
        }
        tallies.get(operation.name()).millis()[0] = (System.nanoTime() - opStarted) / 1_000_000;
    }

    private Map<String, String> checkRun(FuzzOperation operation, FuzzRequests requests, String[] tokens,
                                         List<Integer> refused, Map<String, String> before,
                                         DatabaseFingerprint fingerprint) throws Exception {
        Map<String, String> after = fingerprint.take();
        if (after.equals(before)) {
            refused.clear();
            return after;
        }
        String difference = DatabaseFingerprint.difference(before, after);
        settled(fingerprint, after);
        List<Integer> run = List.copyOf(refused);
        Map<String, String> now = replay(operation, requests, tokens, refused, fingerprint, true);
        if (!writers.remove(operation.name())) {
            find(operation.name(), "a run of refused requests changed the database: " + difference,
                    run.stream().map(index -> requests.request(index).describe()).collect(Collectors.joining(" | ")));
        }
        return now;
    }

    /** Sends a run's requests again, each between two fingerprints; the fingerprint after the last. */
    private Map<String, String> replay(FuzzOperation operation, FuzzRequests requests, String[] tokens,
                                       List<Integer> refused, DatabaseFingerprint fingerprint, boolean expectWriter)
            throws Exception {
        Map<String, String> before = settled(fingerprint, fingerprint.take());
        for (int index : List.copyOf(refused)) {
            FuzzRequests.FuzzRequest request = requests.request(index);
            int status = send(operation, request, tokens[index / REQUESTS_PER_CALLER]);
            Map<String, String> after = fingerprint.take();
            if ((status >= 400 || status < 0) && !after.equals(before)) {
                find(operation.name(), "a refused request (" + status + ") changed the database: "
                        + DatabaseFingerprint.difference(before, after), request.describe());
                if (expectWriter) {
                    writers.add(operation.name());
                }
                before = settled(fingerprint, after);
            } else {
                before = status >= 400 || status < 0 ? after : settled(fingerprint, after);
            }
        }
        refused.clear();
        return before;
    }

    /**
     * The fingerprint once the work an accepted request started in the background is done: the relay has published
     * every outbox row (marking it), and two fingerprints in a row agree.
     */
    private Map<String, String> settled(DatabaseFingerprint fingerprint, Map<String, String> first)
            throws InterruptedException {
        fingerprint.refresh();
        long deadline = System.nanoTime() + SETTLING.toNanos();
        Map<String, String> previous = first;
        while (System.nanoTime() < deadline) {
            Thread.sleep(SETTLE_POLL_MILLIS);
            Map<String, String> now = fingerprint.take();
            if (now.equals(previous) && unpublished() == 0) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private long unpublished() {
        try (java.sql.Connection connection = settings.dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private FuzzRequests requestsOf(FuzzOperation operation) {
        return new FuzzRequests(operation, settings.values,
                settings.validBodies.getOrDefault(operation.name(), List.of()), settings.bodyLimit, settings.seed);
    }

    /** One token per {@link #REQUESTS_PER_CALLER} requests, each of its own subject, of a role the rule allows. */
    private String[] tokensOf(FuzzOperation operation, OperationRules rules) {
        Set<String> allowed = rules.rolesOf(operation.name());
        if (allowed == null) {
            find(operation.name(), "no row in docs/security.md", operation.name());
            allowed = Set.of("admin");
        }
        List<String> roles = INTERNAL_ROLES.stream().filter(allowed::contains).toList();
        String[] tokens = new String[settings.requests / REQUESTS_PER_CALLER + 1];
        for (int i = 0; i < tokens.length; i++) {
            String role = roles.get(i % roles.size());
            String subject = "fuzz-" + role + "-" + callers.incrementAndGet();
            tokens[i] = Tokens.with(claims -> {
                claims.setSubject(subject);
                claims.setClaim("preferred_username", subject);
                claims.setClaim("realm_access", Map.of("roles", List.of(role)));
            });
        }
        return tokens;
    }

    /** Sends one request and checks its answer; returns the status, or -1 when the connection failed. */
    private int send(FuzzOperation operation, FuzzRequests.FuzzRequest request, String token) {
        Tally tally = tallies.get(operation.name());
        tally.requests().incrementAndGet();
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://localhost:" + settings.port + request.target()));
        } catch (IllegalArgumentException e) {
            find(operation.name(), "the fuzzer built an address the client refuses", request.describe());
            return -1;
        }
        builder.timeout(PATIENCE).header("Authorization", "Bearer " + token);
        if (!request.headers().containsKey("Accept")) {
            builder.header("Accept", operation.answers().contains("application/json") ? "application/json" : "*/*");
        }
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        builder.method(request.method(), body);
        HttpResponse<InputStream> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            count(tally, -1);
            find(operation.name(), "no answer within " + PATIENCE.toSeconds() + " s", request.describe());
            return -1;
        } catch (IOException e) {
            count(tally, -1);
            // a server may close the connection on a body over its limit before the client has sent it all
            if (request.body() == null || request.body().length <= settings.bodyLimit) {
                find(operation.name(), "the connection failed: " + e, request.describe());
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        int status = response.statusCode();
        count(tally, status);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        byte[] answer;
        try (InputStream stream = response.body()) {
            answer = contentType.startsWith("text/event-stream") ? new byte[0] : stream.readNBytes(64 * 1024);
            if (answer.length == 64 * 1024) {
                stream.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            answer = new byte[0];
        }
        check(operation, request, status, contentType, answer);
        return status;
    }

    private void check(FuzzOperation operation, FuzzRequests.FuzzRequest request, int status, String contentType,
                       byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        if (status >= 500) {
            find(operation.name(), "answered " + status, request.describe() + " → " + abbreviate(text));
            return;
        }
        if (status < 400) {
            return;
        }
        if ((status == 414 || status == 431) && answer.length == 0) {
            // Vert.x's HTTP codec refuses a request line or headers over its limits before any handler of the
            // service runs (docs/api.md, "Fuzzing"): counted by its status, not a finding
            return;
        }
        if (!contentType.startsWith("application/problem+json")) {
            find(operation.name(), status + " is not application/problem+json but '" + contentType + "'",
                    request.describe() + " → " + abbreviate(text));
            return;
        }
        JsonNode problem;
        try {
            problem = json.readTree(answer);
        } catch (IOException e) {
            find(operation.name(), status + " problem is not JSON", request.describe() + " → " + abbreviate(text));
            return;
        }
        if (problem == null || !problem.path("type").isTextual() || problem.path("type").asText().isBlank()
                || !problem.path("title").isTextual() || problem.path("title").asText().isBlank()
                || problem.path("status").asInt(-1) != status) {
            find(operation.name(), status + " problem lacks type, title or a status equal to " + status,
                    request.describe() + " → " + abbreviate(text));
            return;
        }
        if (text.contains("\tat ") || text.contains("java.lang.") || text.contains("org.hibernate")
                || text.contains("PSQLException") || text.contains("SQL state")) {
            find(operation.name(), status + " problem shows internals", request.describe() + " → " + abbreviate(text));
        }
    }

    private static void count(Tally tally, int status) {
        tally.statuses().computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
    }

    private void find(String operation, String check, String example) {
        String key = operation + " | " + check.replaceAll("\\d+→\\d+", "#");
        Finding finding = findings.computeIfAbsent(key, ignored -> new Finding(operation, check,
                Collections.synchronizedList(new ArrayList<>()), new AtomicInteger()));
        if (finding.count().incrementAndGet() <= EXAMPLES) {
            finding.examples().add(abbreviate(example));
        }
    }

    private static String abbreviate(String text) {
        return FuzzRequests.abbreviate(text.replace("\n", "\\n"), 600);
    }
}
