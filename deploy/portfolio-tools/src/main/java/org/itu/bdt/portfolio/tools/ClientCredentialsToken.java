package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The access token of a confidential client (OAuth 2.0 client credentials grant), as a machine caller of the
 * services holds it: fetched from the identity provider's token endpoint on first use, and again once less than a
 * minute of it is left, so that a long load or benchmark never sends an expired token.
 */
public final class ClientCredentialsToken implements Supplier<String> {

    /** The local Keycloak of deploy/local/portfolio.sh and its loader client (local secrets only). */
    public static final String LOCAL_TOKEN_URL =
            "http://127.0.0.1:8180/realms/bdt-portfolio/protocol/openid-connect/token";
    public static final String LOCAL_CLIENT_ID = "portfolio-loader";
    public static final String USAGE = "[--token-url URL] [--client-id ID] [--client-secret SECRET]"
            + " (or OIDC_TOKEN_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET;"
            + " default: the local Keycloak's portfolio-loader)";

    private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public ClientCredentialsToken(String tokenUrl, String clientId, String clientSecret) {
        this.tokenUrl = URI.create(tokenUrl);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** From --token-url, --client-id and --client-secret, else the OIDC_* environment, else the local defaults. */
    public static ClientCredentialsToken of(Map<String, String> options) {
        String clientId = setting(options, "--client-id", "OIDC_CLIENT_ID", LOCAL_CLIENT_ID);
        return new ClientCredentialsToken(setting(options, "--token-url", "OIDC_TOKEN_URL", LOCAL_TOKEN_URL), clientId,
                setting(options, "--client-secret", "OIDC_CLIENT_SECRET", clientId + "-local-secret"));
    }

    @Override
    public synchronized String get() {
        if (Instant.now().plus(RENEWAL_MARGIN).isAfter(expiresAt)) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        Instant requested = Instant.now();
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (form(clientId) + ":" + form(clientSecret)).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no token for " + clientId + ": " + tokenUrl + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + clientId + " from " + tokenUrl + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        JsonNode body = read(response.body());
        token = body.get("access_token").asText();
        expiresAt = requested.plusSeconds(body.path("expires_in").asLong(0));
    }

    /** RFC 6749 2.3.1: the client id and secret are form-encoded before they go into the Basic header. */
    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return PortfolioApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(Map<String, String> options, String option, String variable, String fallback) {
        String value = options.getOrDefault(option, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value;
    }
}
