package org.itu.bdt.portfolio.tools;

import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system the end-to-end tests run against, started once per test JVM on first use and shared by every
 * test class that asks for it: a real Keycloak with the local realm, a Kafka broker, fresh PostgreSQL databases, the
 * three services from their packaged jars, and the reference portfolio loaded through the REST APIs (Figure 1 comes
 * out as printed before anyone gets it). It lives in JUnit's root store, which closes it when the whole run ends.
 *
 * <p>A test class takes it as a parameter, e.g. of its {@code @BeforeAll} method, with
 * {@code @ExtendWith(RunningPortfolio.Extension.class)}. Tests may restart a service ({@link ServiceProcess} keeps its
 * port), and must leave the 2024 figures as they found them: sign agreements today, never in the past.
 */
final class RunningPortfolio implements AutoCloseable {

    static final Duration STARTUP = Duration.ofSeconds(120);
    /** The first run after an unpack also builds Keycloak's distribution for start-dev (about 20 s more). */
    static final Duration KEYCLOAK_STARTUP = Duration.ofSeconds(180);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningPortfolio.class);

    final Path root = Path.of(System.getProperty("portfolio.root", "../..")).toAbsolutePath().normalize();
    /** Lets two checkouts run the end-to-end test at once on one PostgreSQL without sharing databases. */
    private final String suffix = System.getenv().getOrDefault("E2E_DATABASE_SUFFIX", "e2e");
    private final LocalDatabases databases = new LocalDatabases();
    private final KafkaBrokerResource kafka = new KafkaBrokerResource();
    private KeycloakProcess keycloak;
    private ServiceProcess projectService;
    private ServiceProcess fundingService;
    private ServiceProcess reportingService;
    private PortfolioApi api;
    private ReferencePortfolio portfolio;
    private Thread shutdownHook;
    private RuntimeException failure;

    private RunningPortfolio() {
    }

    /** The system of this JVM's test run, started (and the portfolio loaded) by the first caller. */
    static RunningPortfolio of(ExtensionContext context) {
        RunningPortfolio system = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(RunningPortfolio.class, key -> new RunningPortfolio(), RunningPortfolio.class);
        system.ensureStarted();
        return system;
    }

    /** Resolves a {@link RunningPortfolio} parameter of a test class's constructor or methods. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningPortfolio.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    KeycloakProcess keycloak() {
        return keycloak;
    }

    ServiceProcess projectService() {
        return projectService;
    }

    ServiceProcess fundingService() {
        return fundingService;
    }

    ServiceProcess reportingService() {
        return reportingService;
    }

    /** The APIs as the reference loader calls them (client credentials of portfolio-loader, role admin). */
    PortfolioApi api() {
        return api;
    }

    ReferencePortfolio portfolio() {
        return portfolio;
    }

    /** The dashboard, served by reporting-service. */
    String dashboardUrl() {
        return reportingService.url() + "/dashboard";
    }

    /** A demo user's token from the realm (password = user name), fetched now: it lives 30 minutes. */
    Supplier<String> tokenOf(String username) throws Exception {
        String token = keycloak.tokenOf(username);
        return () -> token;
    }

    /** A start that failed fails every later caller at once, rather than starting everything again. */
    private synchronized void ensureStarted() {
        if (failure != null) {
            throw new IllegalStateException("the system did not start (see the first test's failure)", failure);
        }
        if (api != null) {
            return;
        }
        try {
            start();
        } catch (Exception | AssertionError e) {
            failure = new IllegalStateException("the system did not start: " + e.getMessage(), e);
            try {
                close();
            } catch (Exception whileStopping) {
                failure.addSuppressed(whileStopping);
            }
            throw failure;
        }
    }

    private void start() throws Exception {
        shutdownHook = new Thread(this::stopQuietly, "stop the end-to-end system");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        // the slowest part starts first and comes up while the databases and the broker do
        keycloak = new KeycloakProcess(root).start();
        for (String database : new String[] {"projects_", "funding_", "reporting_"}) {
            databases.recreate(database + suffix);
        }
        // as the launcher does: the topics exist before any service subscribes
        kafka.init(Map.of(KafkaBrokerResource.TOPICS, "portfolio.projects.v1:3,portfolio.funding.v1:3"));
        kafka.start();
        // the services fetch the realm's keys at start, and their OIDC clients their token endpoint
        keycloak.awaitReady(KEYCLOAK_STARTUP);
        // reporting-service first, for its port: the dashboard it serves calls the other two from the browser (CORS)
        reportingService = new ServiceProcess(root, "reporting-service",
                environment("reporting-service", "REPORTING_DB", "reporting_" + suffix));
        Map<String, String> projects = environment("project-service", "PROJECTS_DB", "projects_" + suffix);
        projects.put("PORTAL_ORIGINS", reportingService.url());
        projectService = new ServiceProcess(root, "project-service", projects).start();
        Map<String, String> funding = environment("funding-service", "FUNDING_DB", "funding_" + suffix);
        funding.put("PROJECT_SERVICE_URL", projectService.url());
        funding.put("PORTAL_ORIGINS", reportingService.url());
        fundingService = new ServiceProcess(root, "funding-service", funding).start();
        reportingService.with("PROJECT_SERVICE_URL", projectService.url())
                .with("FUNDING_SERVICE_URL", fundingService.url())
                // the browser-facing addresses the page calls: the same as the services' own here
                .with("DASHBOARD_PROJECT_SERVICE_URL", projectService.url())
                .with("DASHBOARD_FUNDING_SERVICE_URL", fundingService.url())
                .start();
        for (ServiceProcess service : new ServiceProcess[] {projectService, fundingService, reportingService}) {
            service.awaitReady(STARTUP);
        }
        api = new PortfolioApi(projectService.url(), fundingService.url(), reportingService.url(),
                new ClientCredentialsToken(keycloak.tokenUrl(), "portfolio-loader", "portfolio-loader-local-secret"));
        portfolio = ReferencePortfolio.read(root.resolve("deploy/reference-data"));

        new ReferencePortfolioLoader(api, portfolio).load();
        String expected = Files.readString(root.resolve("deploy/reference-data/expected_figure1.csv"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(api.portfolioByRegionCsv("2024-12-31")).isEqualTo(expected));
    }

    /** As the launcher starts a service: its database, the broker, and the realm with the service's own client. */
    private Map<String, String> environment(String service, String databaseVariable, String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put(databaseVariable, database);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        environment.put("OIDC_CLIENT_ID", service);
        environment.put("OIDC_CLIENT_SECRET", service + "-local-secret");
        return environment;
    }

    /** At the end of the run (JUnit closes the root store's values), or at the JVM's exit if the run was cut short. */
    @Override
    public synchronized void close() throws Exception {
        Exception first = null;
        for (AutoCloseable part : new AutoCloseable[] {reportingService, fundingService, projectService, keycloak,
                kafka::stop}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        reportingService = fundingService = projectService = null;
        keycloak = null;
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway, and finds nothing left to stop
            }
        }
        shutdownHook = null;
        if (first != null) {
            throw first;
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }
}
