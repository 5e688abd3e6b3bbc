package org.itu.bdt.portfolio.tools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its packaged jar, as the launcher starts it, with its log in target/e2e-logs. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(Path root, String name, Map<String, String> environment) throws IOException {
        this.name = name;
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = root.resolve("deploy/portfolio-tools/target/e2e-logs").resolve(name + ".log");
        this.port = freePort();
        this.environment = new HashMap<>(environment);
        this.environment.put("HTTP_PORT", Integer.toString(port));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the whole build (./mvnw verify), not this module alone");
        }
        Files.createDirectories(log.getParent());
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * One more variable of the service's environment, for its next start: lets two services name each other's URL
     * (each constructor picks its port).
     */
    ServiceProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    ServiceProcess start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the service is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ", see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
