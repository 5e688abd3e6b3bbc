package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak as the launcher runs it (start-dev, embedded dev store, the realm file of deploy/local/keycloak imported
 * at start), from the distribution the build unpacked into target, on free ports (a local system may hold 8180).
 * Its log goes to target/e2e-logs.
 */
final class KeycloakProcess implements AutoCloseable {

    private static final String REALM = "bdt-portfolio";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path home;
    private final Path realmFile;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    KeycloakProcess(Path root) throws IOException {
        String unpacked = System.getProperty("keycloak.home");
        if (unpacked == null || !Files.exists(Path.of(unpacked, "bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak in keycloak.home=" + unpacked + ": run the test through Maven,"
                    + " whose pre-integration-test phase unpacks it");
        }
        this.home = Path.of(unpacked);
        this.realmFile = root.resolve("deploy/local/keycloak/" + REALM + "-realm.json");
        this.log = root.resolve("deploy/portfolio-tools/target/e2e-logs/keycloak.log");
        this.port = freePort();
        this.managementPort = freePort();
        Files.createDirectories(log.getParent());
    }

    /** The issuer, as the services take it in OIDC_AUTH_SERVER_URL. */
    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /**
     * Keeps the store of the last run if it imported this very realm file: the tests change nothing in Keycloak, and
     * a fresh store costs its schema and the import again (15 s, far more on a busy machine). A realm the last run
     * did not get to import is imported now.
     */
    KeycloakProcess start() throws IOException {
        Path imported = home.resolve("data/import").resolve(realmFile.getFileName());
        if (!Files.exists(imported) || Files.mismatch(imported, realmFile) != -1) {
            wipe(home.resolve("data"));
            Files.createDirectories(imported.getParent());
            Files.copy(realmFile, imported);
        }
        process = new ProcessBuilder("sh", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--health-enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return this;
    }

    /** Ready when its health says so and the realm was imported (its discovery document answers). */
    void awaitReady(Duration timeout) throws InterruptedException {
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("keycloak exited with " + process.exitValue() + ", see " + log);
            }
            if (answers(health) && answers(discovery)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("keycloak not ready after " + timeout + ", see " + log);
    }

    /** A demo user's access token (password = username), by the password grant of portfolio-cli. */
    String tokenOf(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=portfolio-cli&username=" + encode(username)
                + "&password=" + encode(username);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        JsonNode body = PortfolioApi.JSON.readTree(response.body());
        return body.get("access_token").asText();
    }

    /** kc.sh passes the TERM on to its server; whatever is left after 30 s is killed, the script's child too. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean answers(URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static void wipe(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
