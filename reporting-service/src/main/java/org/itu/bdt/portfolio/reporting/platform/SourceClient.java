package org.itu.bdt.portfolio.reporting.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs JSON from a source service with bounded waits: a source that is down or slow fails fast, never hangs. */
public final class SourceClient {

    private final String service;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    public SourceClient(String service, ObjectMapper json, Duration timeout) {
        this.service = service;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public JsonNode get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SourceUnavailableException(service + " answered " + response.statusCode() + " to " + uri);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SourceUnavailableException(service + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(service + " was not waited for", e);
        }
    }
}
