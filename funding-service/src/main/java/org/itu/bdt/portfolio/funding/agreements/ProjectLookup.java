package org.itu.bdt.portfolio.funding.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/** Asks project-service for a project and its status; any failure to get an answer is "unavailable". */
@ApplicationScoped
public class ProjectLookup {
    private final ProjectServiceClient client;

    ProjectLookup(@RestClient ProjectServiceClient client) {
        this.client = client;
    }

    /** A 404 is an answer, not a failure: it is neither retried nor counted by the circuit breaker. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<RegisteredProject> find(String projectNumber) {
        try {
            return Optional.of(client.project(projectNumber));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<RegisteredProject> unavailable(String projectNumber) {
        throw new ProjectServiceUnavailableException("project-service did not answer whether project " + projectNumber
                + " exists");
    }
}
