package org.itu.bdt.portfolio.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;

/**
 * Registers the kit's real PostgreSQL database (recreated empty; FUNDING_TEST_DB names it) and in-process Kafka
 * broker for every @QuarkusTest. portfolio.funding.v1 has one partition, so that a test reads the relay's order
 * across keys too.
 */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "funding_test"),
        @ResourceArg(name = PostgresDatabaseResource.DATABASE_ENV, value = "FUNDING_TEST_DB")})
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = TestInfrastructure.TOPICS))
public final class TestInfrastructure {
    public static final String TOPICS = "portfolio.funding.v1:1";

    private TestInfrastructure() {
    }
}
