package org.itu.bdt.portfolio.reporting.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * GETs JSON from a source service with bounded waits, as reporting-service itself: each request carries the access
 * token the supplier gives. A source that is down or slow fails fast, never hangs.
 */
public final class SourceClient {

    private static final Logger LOG = Logger.getLogger(SourceClient.class);

    private final String service;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Supplier<String> accessToken;

    public SourceClient(String service, ObjectMapper json, Duration timeout, Supplier<String> accessToken) {
        this.service = service;
        this.json = json;
        this.timeout = timeout;
        this.accessToken = accessToken;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public JsonNode get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable(service + " answered " + response.statusCode() + " to " + uri, null);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable(service + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service + " was not waited for", e);
        }
    }

    /** Without a token of its own (the identity provider down) the source cannot be asked either. */
    private String token() {
        try {
            return accessToken.get();
        } catch (RuntimeException e) {
            throw unavailable("no access token to call " + service + ": " + e.getMessage(), e);
        }
    }

    /** Logged here: the problem mapper answers 503 without logging a client's failure. */
    private static SourceUnavailableException unavailable(String message, Throwable cause) {
        LOG.warn(message);
        return cause == null ? new SourceUnavailableException(message) : new SourceUnavailableException(message, cause);
    }
}
