package org.itu.bdt.portfolio.kit.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one retry policy of the application's consumers, with the configured waits, stopped with the application. */
public class RetryPolicyProducer {

    @Produces
    @Singleton
    TransientFailureRetry retry(MessagingConfig config) {
        return new TransientFailureRetry(config.retry().firstWait(), config.retry().longestWait());
    }

    // a consumer retrying while Hibernate and the container close held every shutdown for 20 s (docs/reliability.md)
    void stopRetrying(@Observes ShutdownEvent shutdown, TransientFailureRetry retry) {
        retry.stop();
    }
}
