package org.itu.bdt.portfolio.reporting.dashboard;

import io.smallrye.config.ConfigMapping;

/**
 * What the dashboard's script needs to know before it can sign in: where the browser finds the identity provider and
 * the other two services (their browser-facing addresses, which may differ from the ones this service calls), and
 * which token claims carry the roles and the partner.
 */
@ConfigMapping(prefix = "portfolio.dashboard")
public interface DashboardSettings {

    /** The OpenID provider's issuer as the browser reaches it. */
    String issuer();

    /** The public client of the portals and the dashboard (code flow with PKCE). */
    String clientId();

    String projectServiceUrl();

    String fundingServiceUrl();

    /** Slash-separated path of the roles in the access token, as {@code quarkus.oidc.roles.role-claim-path}. */
    String roleClaim();

    String partnerClaim();
}
