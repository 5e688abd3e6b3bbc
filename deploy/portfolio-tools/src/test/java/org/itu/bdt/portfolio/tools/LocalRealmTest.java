package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local realm file is written once and committed, not generated: these checks keep it in line with the
 * reference partners and the conventions of docs/security.md (the end-to-end test shows the tokens it gives).
 */
class LocalRealmTest {

    private final Path root = Path.of(System.getProperty("portfolio.root", "../..")).toAbsolutePath().normalize();
    private final JsonNode realm = read(root.resolve("deploy/local/keycloak/bdt-portfolio-realm.json"));

    @Test
    void everyReferencePartnerHasAPortalUserCarryingItsPartnerId() throws IOException {
        List<Map<String, String>> partners = ReferencePortfolio.read(root.resolve("deploy/reference-data")).partners();
        Map<String, JsonNode> users = byName(realm.get("users"), "username");

        assertThat(partners).hasSize(24);
        for (Map<String, String> partner : partners) {
            String id = partner.get("partner_id");
            JsonNode user = users.get("partner-" + id.toLowerCase());
            assertThat(user).as("user of partner " + id).isNotNull();
            assertThat(user.at("/attributes/partner_id/0").asText()).isEqualTo(id);
            assertThat(user.get("realmRoles").toString()).isEqualTo("[\"partner\"]");
        }
    }

    @Test
    void eachMachineCallerHasItsLocalSecretAndTheRoleOfItsServiceAccount() {
        Map<String, JsonNode> clients = byName(realm.get("clients"), "clientId");
        Map<String, JsonNode> users = byName(realm.get("users"), "username");
        Map<String, String> roles = Map.of("finance-system", "finance", "portfolio-loader", "admin",
                "project-service", "viewer", "funding-service", "viewer", "reporting-service", "viewer");

        roles.forEach((clientId, role) -> {
            assertThat(clients.get(clientId).get("secret").asText()).isEqualTo(clientId + "-local-secret");
            assertThat(users.get("service-account-" + clientId).at("/realmRoles/0").asText()).isEqualTo(role);
        });
        assertThat(clients.get("portfolio-portal").get("publicClient").asBoolean()).isTrue();
        assertThat(clients.get("portfolio-portal").at("/attributes/pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        assertThat(clients.get("portfolio-cli").get("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void everyClientTakesThePortfolioApiScopeThatAddsTheAudienceAndThePartnerClaim() {
        JsonNode scope = byName(realm.get("clientScopes"), "name").get("portfolio-api");
        Map<String, JsonNode> mappers = byName(scope.get("protocolMappers"), "protocolMapper");

        assertThat(mappers.get("oidc-audience-mapper").at("/config/included.custom.audience").asText())
                .isEqualTo("bdt-portfolio");
        assertThat(mappers.get("oidc-usermodel-attribute-mapper").at("/config/claim.name").asText())
                .isEqualTo("partner_id");
        realm.get("clients").forEach(client -> assertThat(client.get("defaultClientScopes").toString())
                .as(client.get("clientId").asText()).contains("\"portfolio-api\"", "\"roles\"", "\"basic\""));
    }

    private static Map<String, JsonNode> byName(JsonNode array, String field) {
        Map<String, JsonNode> byName = new HashMap<>();
        array.forEach(element -> byName.put(element.get(field).asText(), element));
        return byName;
    }

    private static JsonNode read(Path file) {
        try {
            return PortfolioApi.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not JSON", e);
        }
    }
}
