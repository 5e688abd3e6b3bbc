package org.itu.bdt.portfolio.kit.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.itu.bdt.portfolio.kit.messaging.KitApplicationProfile;
import org.itu.bdt.portfolio.kit.messaging.KitDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.KafkaBrokerResource;
import org.itu.bdt.portfolio.kit.testing.OperationRulesChecks;
import org.itu.bdt.portfolio.kit.testing.PostgresDatabaseResource;
import org.itu.bdt.portfolio.kit.testing.TestIdentityProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roles × operations checks on the kit's own test application: they pass on a true table, fail on a wrong one. */
@QuarkusTest
@TestProfile(KitApplicationProfile.class)
@WithTestResource(TestIdentityProvider.class)
@WithTestResource(value = KafkaBrokerResource.class,
        initArgs = @ResourceArg(name = KafkaBrokerResource.TOPICS, value = "portfolio.kit.v1:3"))
@WithTestResource(value = KitDatabaseResource.class,
        initArgs = @ResourceArg(name = PostgresDatabaseResource.DATABASE, value = "messaging_kit_app_test"))
class OperationRulesChecksTest extends OperationRulesChecks {

    @Override
    protected String service() {
        return "messaging-kit";
    }

    @Override
    protected Path document() {
        return Path.of("src", "test", "resources", "security", "rules.md");
    }

    @Override
    protected String pathPrefix() {
        return "/kit-test/caller";
    }

    @Override
    protected String ownPartner() {
        return "EC";
    }

    @Override
    protected String otherPartner() {
        return "JP-MIC";
    }

    @Override
    protected Map<String, String> pathValuesOf(String partnerId) {
        return Map.of("partnerId", partnerId);
    }

    @Test
    void aTableThatDiffersFromTheApplicationIsCaughtRowByRow() throws Exception {
        WrongTable wrong = new WrongTable();

        assertThat(wrong.answersThatDiffer()).containsExactlyInAnyOrder(
                "GET /kit-test/caller as viewer: 200, expected 403",
                "GET /kit-test/caller/admin as board: 403, expected it allowed");
        assertThatThrownBy(wrong::rowsAndOperations).hasMessageContaining("GET /kit-test/caller/gone");
    }

    /** The same application against rules that differ from it. */
    private static final class WrongTable extends OperationRulesChecksTest {
        @Override
        protected Path document() {
            return Path.of("src", "test", "resources", "security", "wrong-rules.md");
        }

        void rowsAndOperations() throws Exception {
            everyOperationHasARuleAndEveryRuleAnOperation();
        }
    }
}
