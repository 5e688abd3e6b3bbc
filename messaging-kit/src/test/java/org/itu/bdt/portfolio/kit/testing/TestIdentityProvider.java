package org.itu.bdt.portfolio.kit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenID provider for service tests, so that they need no Keycloak: it serves the discovery document, the signing
 * key set and a client-credentials token endpoint of a realm, and signs with the key {@link Tokens} mints with. The
 * service under test verifies tokens exactly as in production (signature, issuer, audience, expiry), only against
 * this issuer. Its client-credentials tokens carry the role {@code viewer}, like the services' own clients.
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String REALM_PATH = "/realms/test";
    private static final String OIDC = REALM_PATH + "/protocol/openid-connect";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the test identity provider did not start", e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
        Tokens.useIssuer(issuer);
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> json(exchange, 200,
                discovery(issuer)));
        server.createContext(OIDC + "/certs", exchange -> json(exchange, 200, SigningKey.get().jwks()));
        server.createContext(OIDC + "/token", this::token);
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc-client.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        Tokens.forgetIssuer();
        if (server != null) {
            server.stop(0);
        }
    }

    private static String discovery(String issuer) {
        return """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "id_token_signing_alg_values_supported":["RS256"],
                 "grant_types_supported":["client_credentials"]}""".formatted(issuer);
    }

    /** Client credentials only: a client that presents an id and a secret gets a token of its service account. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        basicCredentials(exchange.getRequestHeaders().getFirst("Authorization")).ifPresent(form::putAll);
        String client = form.get("client_id");
        if (!"client_credentials".equals(form.get("grant_type")) || client == null || form.get("client_secret") == null) {
            json(exchange, 400, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String token = Tokens.forClient(client, List.of("viewer"));
        json(exchange, 200, """
                {"access_token":"%s","token_type":"Bearer","expires_in":%d}"""
                .formatted(token, Tokens.LIFETIME.toSeconds()));
    }

    /** {@code client_secret_basic}, the way Quarkus's OIDC client sends its secret by default. */
    private static Optional<Map<String, String>> basicCredentials(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return Optional.empty();
        }
        String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8)
                .split(":", 2);
        return pair.length < 2 ? Optional.empty()
                : Optional.of(Map.of("client_id", decode(pair[0]), "client_secret", decode(pair[1])));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        Arrays.stream(body.split("&")).filter(pair -> pair.contains("=")).forEach(pair -> {
            String[] parts = pair.split("=", 2);
            form.put(decode(parts[0]), decode(parts[1]));
        });
        return form;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
