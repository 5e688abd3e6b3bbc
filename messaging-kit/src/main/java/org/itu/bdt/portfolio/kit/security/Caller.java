package org.itu.bdt.portfolio.kit.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, read from the verified access token: the subject who acts (recorded as the actor of a change),
 * the client it acts through, and for a partner's portal the partner it may see.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final String partnerClaim;

    Caller(SecurityIdentity identity,
           @ConfigProperty(name = "portfolio.security.partner-claim", defaultValue = "partner_id") String partnerClaim) {
        this.identity = identity;
        this.partnerClaim = partnerClaim;
    }

    /** The token's subject; "anonymous" only where an operation is open to anyone. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The client the token was issued to (OIDC {@code azp}), or empty when the provider does not say. */
    public Optional<String> client() {
        return claim("azp").or(() -> claim("client_id"));
    }

    /**
     * The partner a partner's token is limited to, empty for every other caller. A partner role is the narrowest
     * rule whatever other roles the token has, and a partner token that names no partner may see nothing.
     */
    public Optional<String> partner() {
        if (!identity.hasRole(Roles.PARTNER)) {
            return Optional.empty();
        }
        return Optional.of(claim(partnerClaim)
                .orElseThrow(() -> new ForbiddenException("the partner token names no partner")));
    }

    /** Whether this caller may see what concerns the given partner (null: a line funded by ITU). */
    public boolean sees(String partnerId) {
        return partner().map(own -> own.equals(partnerId)).orElse(true);
    }

    private Optional<String> claim(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        // a custom claim may come back as a JSON value, whose toString() would keep the quotes
        return Optional.ofNullable(value instanceof JsonString text ? text.getString() : value).map(Object::toString);
    }
}
