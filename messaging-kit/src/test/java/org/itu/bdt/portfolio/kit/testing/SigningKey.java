package org.itu.bdt.portfolio.kit.testing;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The test issuer's RSA key, made once per JVM. Quarkus loads test resources and tests through different class
 * loaders, so the key lives in a system property (a string every loader sees) rather than in a static field.
 */
final class SigningKey {

    private static final String PROPERTY = "portfolio.test.oidc.signing-key";
    private static final String KEY_ID = "portfolio-test";

    private final RsaJsonWebKey key;

    private SigningKey(RsaJsonWebKey key) {
        this.key = key;
    }

    static SigningKey get() {
        String json = (String) System.getProperties().computeIfAbsent(PROPERTY, name -> generate());
        try {
            return new SigningKey((RsaJsonWebKey) JsonWebKey.Factory.newJwk(json));
        } catch (JoseException e) {
            throw new IllegalStateException("the test signing key is unreadable", e);
        }
    }

    RsaJsonWebKey jwk() {
        return key;
    }

    String jwks() {
        return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static String generate() {
        try {
            RsaJsonWebKey generated = RsaJwkGenerator.generateJwk(2048);
            generated.setKeyId(KEY_ID);
            generated.setAlgorithm("RS256");
            generated.setUse("sig");
            return generated.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        } catch (JoseException e) {
            throw new IllegalStateException("no RSA key for the test issuer", e);
        }
    }
}
