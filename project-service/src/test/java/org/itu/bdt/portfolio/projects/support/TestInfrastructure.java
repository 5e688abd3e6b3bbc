package org.itu.bdt.portfolio.projects.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;

/**
 * Registers the kit's real PostgreSQL database (recreated empty; PROJECTS_TEST_DB names it), in-process Kafka
 * broker and OpenID provider for every @QuarkusTest. portfolio.projects.v1 has one partition so that a test reads
 * the relay's order across projects; the funding topic has three, as in production. Calls carry an admin's token
 * unless a test names another (the kit's BearerTokenByDefault).
 */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "projects_test"),
        @ResourceArg(name = PostgresDatabaseResource.DATABASE_ENV, value = "PROJECTS_TEST_DB")})
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false, initArgs = @ResourceArg(
        name = KafkaBrokerResource.TOPICS, value = TestInfrastructure.TOPICS))
@QuarkusTestResource(value = TestIdentityProvider.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    public static final String TOPICS = "portfolio.projects.v1:1,portfolio.funding.v1:3,portfolio.projects.dlq:1";

    private TestInfrastructure() {
    }
}
