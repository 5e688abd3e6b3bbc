package org.itu.bdt.portfolio.reporting.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard is a page of static files (built by the Web Bundler from {@code src/main/resources/web}) and its
 * settings. Neither holds data: the page signs its user in and calls the APIs with the user's token, so these routes
 * need no token themselves. The page and its settings are never cached (a new build changes the bundle's hashed name
 * in the page); the page may only talk to this service, the other two and the identity provider.
 */
@ApplicationScoped
public class DashboardRoutes {

    static final String PAGE = "/dashboard";
    static final String SETTINGS = "/dashboard/settings.json";
    private static final String RENDERED_PAGE = "/dashboard.html";

    private final DashboardSettings settings;
    private final ObjectMapper json;

    DashboardRoutes(DashboardSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    void install(@Observes Router router) {
        for (String path : new String[] {PAGE, PAGE + "/"}) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD)
                    .handler(request -> request.reroute(RENDERED_PAGE));
        }
        router.route(RENDERED_PAGE).order(-1).handler(this::pageHeaders);
        router.get(SETTINGS).handler(this::settings);
    }

    private void pageHeaders(RoutingContext request) {
        request.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader("Content-Security-Policy", contentSecurityPolicy())
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        request.next();
    }

    /** ECharts sets inline styles on its elements; everything else comes from this origin or the three others. */
    String contentSecurityPolicy() {
        String others = String.join(" ", origin(settings.projectServiceUrl()), origin(settings.fundingServiceUrl()),
                origin(settings.issuer()));
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + others + "; frame-src " + origin(settings.issuer()) + "; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action " + origin(settings.issuer());
    }

    private void settings(RoutingContext request) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("issuer", settings.issuer());
        body.put("clientId", settings.clientId());
        body.put("projectServiceUrl", settings.projectServiceUrl());
        body.put("fundingServiceUrl", settings.fundingServiceUrl());
        body.put("roleClaim", settings.roleClaim());
        body.put("partnerClaim", settings.partnerClaim());
        request.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(serialise(body));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private String serialise(Map<String, String> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings that cannot be written", e);
        }
    }
}
