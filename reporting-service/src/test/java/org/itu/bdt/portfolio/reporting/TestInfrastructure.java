package org.itu.bdt.portfolio.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;

/**
 * The test resources every @QuarkusTest of the service shares (declared once: restrictToAnnotatedClass = false
 * applies them to all): a fresh reporting_test database (REPORTING_TEST_DB overrides the name), an in-process Kafka
 * broker with both consumed topics (three partitions, as in production) and the dead-letter topic, and an OpenID
 * provider that verifies the tests' tokens (kit.testing.Tokens; a call without one carries an admin's).
 */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "reporting_test"),
        @ResourceArg(name = PostgresDatabaseResource.DATABASE_ENV, value = "REPORTING_TEST_DB")})
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false, initArgs = @ResourceArg(
        name = KafkaBrokerResource.TOPICS, value = TestInfrastructure.TOPICS))
@QuarkusTestResource(value = TestIdentityProvider.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    public static final String PROJECTS_TOPIC = "portfolio.projects.v1";
    public static final String FUNDING_TOPIC = "portfolio.funding.v1";
    public static final String DEAD_LETTER_TOPIC = "portfolio.reporting.dlq";
    static final String TOPICS = PROJECTS_TOPIC + ":3," + FUNDING_TOPIC + ":3," + DEAD_LETTER_TOPIC + ":1";

    private TestInfrastructure() {
    }
}
