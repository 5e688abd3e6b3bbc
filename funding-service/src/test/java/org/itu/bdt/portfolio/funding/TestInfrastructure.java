package org.itu.bdt.portfolio.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;

/**
 * Registers the kit's real PostgreSQL database (recreated empty; FUNDING_TEST_DB names it), in-process Kafka broker
 * and OpenID provider (tokens are verified as in production; a test's calls carry an admin's token unless it names
 * another) for every @QuarkusTest. portfolio.funding.v1 has one partition, so that a test reads the relay's order
 * across keys too.
 */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "funding_test"),
        @ResourceArg(name = PostgresDatabaseResource.DATABASE_ENV, value = "FUNDING_TEST_DB")})
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = TestInfrastructure.TOPICS))
@QuarkusTestResource(value = TestIdentityProvider.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {
    public static final String TOPICS = "portfolio.funding.v1:1";

    private TestInfrastructure() {
    }
}
