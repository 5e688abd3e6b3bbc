package org.itu.bdt.portfolio.kit.testing;

import io.restassured.http.Header;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Access tokens for tests, shaped like the local Keycloak's (deploy/local/keycloak): audience {@code bdt-portfolio},
 * realm roles under {@code realm_access.roles}, a {@code partner_id} for a partner's user, {@code azp} naming the
 * client. Signed with the {@link TestIdentityProvider}'s key, so the service verifies them like real ones.
 */
public final class Tokens {

    public static final String AUDIENCE = "bdt-portfolio";
    public static final String PORTAL = "portfolio-portal";
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ISSUER_PROPERTY = "portfolio.test.oidc.issuer";
    /** Sent as the Authorization header, it makes {@link BearerTokenByDefault} send no token at all. */
    public static final Header NO_TOKEN = new Header("Authorization", "none");

    private Tokens() {
    }

    /** A user whose subject is the role's name ("finance" acts as finance) and who holds that one role. */
    public static String forRole(String role) {
        return mint(claims -> {
            claims.setSubject(role);
            claims.setClaim("preferred_username", role);
            claims.setClaim("azp", PORTAL);
            claims.setClaim("realm_access", Map.of("roles", List.of(role)));
        });
    }

    /** A partner's portal user, limited to that partner: subject {@code partner-<id>}. */
    public static String forPartner(String partnerId) {
        return mint(claims -> {
            String user = "partner-" + partnerId.toLowerCase(Locale.ROOT);
            claims.setSubject(user);
            claims.setClaim("preferred_username", user);
            claims.setClaim("azp", PORTAL);
            claims.setClaim("partner_id", partnerId);
            claims.setClaim("realm_access", Map.of("roles", List.of("partner")));
        });
    }

    /** A machine client's own token (client credentials), as a service or a finance system gets it. */
    public static String forClient(String clientId, List<String> roles) {
        return mint(claims -> {
            claims.setSubject("service-account-" + clientId);
            claims.setClaim("azp", clientId);
            claims.setClaim("realm_access", Map.of("roles", roles));
        });
    }

    /** Any other token, for the tests of what a service refuses: start from a viewer's claims and change them. */
    public static String with(Consumer<JwtClaims> change) {
        return mint(claims -> {
            claims.setSubject("viewer");
            claims.setClaim("azp", PORTAL);
            claims.setClaim("realm_access", Map.of("roles", List.of("viewer")));
            change.accept(claims);
        });
    }

    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    public static Header asRole(String role) {
        return bearer(forRole(role));
    }

    public static Header asPartner(String partnerId) {
        return bearer(forPartner(partnerId));
    }

    static void useIssuer(String issuer) {
        System.setProperty(ISSUER_PROPERTY, issuer);
    }

    static void forgetIssuer() {
        System.clearProperty(ISSUER_PROPERTY);
    }

    static boolean issuerKnown() {
        return System.getProperty(ISSUER_PROPERTY) != null;
    }

    private static String mint(Consumer<JwtClaims> content) {
        String issuer = System.getProperty(ISSUER_PROPERTY);
        if (issuer == null) {
            throw new IllegalStateException("no test issuer: the test needs the TestIdentityProvider resource");
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + LIFETIME.toSeconds()));
        claims.setGeneratedJwtId();
        content.accept(claims);
        return sign(claims);
    }

    private static String sign(JwtClaims claims) {
        SigningKey key = SigningKey.get();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.jwk().getPrivateKey());
        jws.setKeyIdHeaderValue(key.jwk().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("the test token could not be signed", e);
        }
    }
}
