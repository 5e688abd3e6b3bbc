package org.itu.bdt.portfolio.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HousePlanTest {

    private static final String CLEAN = "org.itu.bdt.portfolio.kit.testing.houseplan.clean";
    private static final String BROKEN = "org.itu.bdt.portfolio.kit.testing.houseplan.broken";

    private static HousePlan planOf(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        return HousePlan.of(root, classes, "billing");
    }

    @Test
    void aServiceBuiltToThePlanPassesEveryRule() {
        HousePlan plan = planOf(CLEAN);

        assertThatCode(() -> {
            plan.onlyMessagingTouchesMessaging();
            plan.packagesAreFreeOfCycles();
            plan.resourcesAreFeaturesAndLeaveTransactionsToServices();
            plan.everyEndpointStatesWhoMayCallIt();
            plan.entitiesDoNotDependOnServices();
            plan.exceptionsAreNamedSo();
        }).doesNotThrowAnyException();
    }

    @Test
    void aFeatureReachingIntoMessagingFails() {
        assertThatThrownBy(planOf(BROKEN)::onlyMessagingTouchesMessaging).isInstanceOf(AssertionError.class)
                .hasMessageContaining("InvoiceEvents");
    }

    @Test
    void aCycleBetweenPackagesFails() {
        assertThatThrownBy(planOf(BROKEN)::packagesAreFreeOfCycles).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void aTransactionalResourceFails() {
        assertThatThrownBy(planOf(BROKEN)::resourcesAreFeaturesAndLeaveTransactionsToServices)
                .isInstanceOf(AssertionError.class).hasMessageContaining("Transactional");
    }

    @Test
    void anEndpointThatDoesNotSayWhoMayCallItFails() {
        assertThatThrownBy(planOf(BROKEN)::everyEndpointStatesWhoMayCallIt).isInstanceOf(AssertionError.class)
                .hasMessageContaining("InvoiceResource.total()");
    }

    @Test
    void aFailureNotNamedAnExceptionFails() {
        assertThatThrownBy(planOf(BROKEN)::exceptionsAreNamedSo).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unbillable");
    }
}
