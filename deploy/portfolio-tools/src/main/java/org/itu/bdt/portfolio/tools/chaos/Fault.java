package org.itu.bdt.portfolio.tools.chaos;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A fault the harness injects with deploy/chaos/faults.sh, and how it knows the failed part is back. {@link #inject}
 * breaks it, brings it back (as an operator would, with deploy/local/portfolio.sh up where a process died) and returns
 * the moment the part answered again (System.nanoTime); the restart command may still be finishing then. A part
 * is started again with deploy/local/portfolio.sh start NAME, or with portfolio.sh up (--restart-with up).
 */
public abstract class Fault {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final String description;
    protected Process restarting;

    protected Fault(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Breaks the part, brings it back; the moment it is back (System.nanoTime). */
    abstract long inject(Faults faults) throws Exception;

    /** Waits for a restart command still running after the part came back. */
    void finish() throws InterruptedException {
        if (restarting != null && restarting.waitFor(5, TimeUnit.MINUTES) && restarting.exitValue() != 0) {
            System.err.printf("%s: the restart command ended with %d (see deploy/local/.run/logs/chaos-up.log)%n",
                    name, restarting.exitValue());
        }
    }

    /** The faults by name: kill-SERVICE, broker-stop, pg-restart, db-outage, rewind-group. */
    public static Fault named(String name, Duration brokerDown, Duration dbOutage, Instant rewindTo) {
        return switch (name) {
            case "kill-project-service", "kill-funding-service", "kill-reporting-service" ->
                    new ServiceKill(name.substring("kill-".length()));
            case "broker-stop" -> new BrokerStop(brokerDown);
            case "pg-restart" -> new Simple(name, "PostgreSQL restarted (pg_ctlcluster restart, fast)", "pg-restart");
            case "db-outage" -> new Simple(name, "the three databases refuse connections, open ones ended, for "
                    + dbOutage.toSeconds() + " s", "db-outage", String.valueOf(dbOutage.toSeconds()));
            case "rewind-group" -> new GroupRewind(rewindTo);
            default -> throw new IllegalArgumentException("no fault " + name);
        };
    }

    /** The commands of deploy/chaos/faults.sh, and the ports to tell a part is back by. */
    public record Faults(Path script, boolean restartWithUp, int port8081, int port8082, int port8083, int kafkaPort) {

        void run(String... args) throws IOException, InterruptedException {
            Process process = start(args);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("faults.sh " + String.join(" ", args) + " failed");
            }
        }

        /** Starts the part again: portfolio.sh start NAME, or portfolio.sh up (restarts what is not running). */
        Process restart(String part) throws IOException {
            return restartWithUp ? start("start") : start("start", part);
        }

        Process start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("bash", script.toString()));
            command.addAll(List.of(args));
            return new ProcessBuilder(command).inheritIO().start();
        }

        int portOf(String service) {
            return switch (service) {
                case "project-service" -> port8081;
                case "funding-service" -> port8082;
                case "reporting-service" -> port8083;
                default -> throw new IllegalArgumentException(service);
            };
        }

        boolean ready(String service) {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + portOf(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        static boolean listening(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    static long awaitBack(BooleanSupplier back, Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        while (!back.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not back within " + longest);
            }
            Thread.sleep(100);
        }
        return System.nanoTime();
    }

    /** kill -9 of one service, then portfolio.sh up; back when its readiness answers UP. */
    static final class ServiceKill extends Fault {
        private final String service;

        ServiceKill(String service) {
            super("kill-" + service, "kill -9 of " + service + ", then started again");
            this.service = service;
        }

        @Override
        long inject(Faults faults) throws Exception {
            faults.run("kill", service);
            restarting = faults.restart(service);
            return awaitBack(() -> faults.ready(service), Duration.ofMinutes(3));
        }
    }

    /** The broker stopped (SIGTERM), left down, then portfolio.sh up; back when it accepts connections. */
    static final class BrokerStop extends Fault {
        private final Duration down;

        BrokerStop(Duration down) {
            super("broker-stop", "Kafka broker stopped for " + down.toSeconds() + " s, then started again");
            this.down = down;
        }

        @Override
        long inject(Faults faults) throws Exception {
            faults.run("stop", "kafka");
            Thread.sleep(down.toMillis());
            restarting = faults.restart("kafka");
            return awaitBack(() -> Faults.listening(faults.kafkaPort()), Duration.ofMinutes(3));
        }
    }

    /** reporting-service stopped, its consumer group rewound to the run's start, started again: every record replayed. */
    static final class GroupRewind extends Fault {
        private final Instant to;

        GroupRewind(Instant to) {
            super("rewind-group", "reporting-service stopped, its consumer group reset to the run's start on both"
                    + " topics (records already applied come again), started again");
            this.to = to;
        }

        @Override
        long inject(Faults faults) throws Exception {
            faults.run("stop", "reporting-service");
            // kafka-consumer-groups reads the time without a zone in the tool's zone: faults.sh runs it in UTC
            faults.run("rewind-group", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
                    .withZone(java.time.ZoneOffset.UTC).format(to));
            restarting = faults.restart("reporting-service");
            return awaitBack(() -> faults.ready("reporting-service"), Duration.ofMinutes(3));
        }
    }

    /** A command that breaks and restores in one (PostgreSQL): back when it returns and the port answers. */
    static final class Simple extends Fault {
        private final String[] command;

        Simple(String name, String description, String... command) {
            super(name, description);
            this.command = command;
        }

        @Override
        long inject(Faults faults) throws Exception {
            faults.run(command);
            return awaitBack(() -> Faults.listening(5432), Duration.ofMinutes(1));
        }
    }
}
