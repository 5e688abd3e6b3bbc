package org.itu.bdt.portfolio.reporting;

import org.itu.bdt.portfolio.kit.testing.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real server-sent-events client (java.net.http) that parses the stream into events and heartbeat comments. It
 * subscribes with an access token: an admin's unless a test gives another.
 */
public final class StreamSubscriber implements AutoCloseable {

    public record StreamEvent(String name, String data) {
    }

    private static final StreamEvent HEARTBEAT = new StreamEvent(":", "");

    private final BlockingQueue<StreamEvent> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Stream<String>> lines;
    private String name;
    private final StringBuilder data = new StringBuilder();

    public StreamSubscriber(URI stream) {
        this(stream, Tokens.forRole("admin"));
    }

    public StreamSubscriber(URI stream, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + accessToken).build();
        lines = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(HttpResponse::body);
        lines.thenAcceptAsync(body -> body.forEach(this::read));
    }

    /** Waits for a heartbeat comment: from then on the subscription is registered. */
    public void awaitHeartbeat(Duration timeout) throws InterruptedException {
        awaitEvent(HEARTBEAT.name(), data -> true, timeout);
    }

    public StreamEvent awaitEvent(String eventName, Predicate<String> dataMatches, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            StreamEvent event = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no " + eventName + " event within " + timeout);
            }
            if (event.name().equals(eventName) && dataMatches.test(event.data())) {
                return event;
            }
        }
    }

    /** Every event (heartbeats left out) received up to the first that matches, that one last. */
    public List<StreamEvent> eventsUntil(String eventName, Predicate<String> dataMatches, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<StreamEvent> events = new ArrayList<>();
        while (events.isEmpty() || !events.get(events.size() - 1).name().equals(eventName)
                || !dataMatches.test(events.get(events.size() - 1).data())) {
            StreamEvent event = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no " + eventName + " event within " + timeout + "; received " + events);
            }
            if (!event.equals(HEARTBEAT)) {
                events.add(event);
            }
        }
        return events;
    }

    private void read(String line) {
        if (line.startsWith(":")) {
            received.add(HEARTBEAT);
        } else if (line.startsWith("event:")) {
            name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
            data.append(line.substring("data:".length()).strip());
        } else if (line.isEmpty() && name != null) {
            received.add(new StreamEvent(name, data.toString()));
            name = null;
            data.setLength(0);
        }
    }

    @Override
    public void close() {
        lines.thenAccept(Stream::close);
        lines.cancel(true);
    }
}
