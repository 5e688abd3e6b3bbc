package org.itu.bdt.portfolio.kit.messaging;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one retry policy of the application's consumers, with the configured waits. */
public class RetryPolicyProducer {

    @Produces
    @Singleton
    TransientFailureRetry retry(MessagingConfig config) {
        return new TransientFailureRetry(config.retry().firstWait(), config.retry().longestWait());
    }
}
