package org.itu.bdt.portfolio.projects.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real PostgreSQL database and the in-process Kafka broker for every @QuarkusTest. */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
