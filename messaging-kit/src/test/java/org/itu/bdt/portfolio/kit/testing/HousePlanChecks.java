package org.itu.bdt.portfolio.kit.testing;

import org.junit.jupiter.api.Test;

/**
 * The house plan's rules as JUnit tests: a service's HousePlanTest extends this and names its root package and
 * features, so every service checks the same rules under the same names.
 */
public abstract class HousePlanChecks {

    private final HousePlan plan;

    protected HousePlanChecks(HousePlan plan) {
        this.plan = plan;
    }

    @Test
    void onlyMessagingTouchesMessagingAndTheKitsMessaging() {
        plan.onlyMessagingTouchesMessaging();
    }

    @Test
    void featuresMessagingAndPlatformAreFreeOfCycles() {
        plan.packagesAreFreeOfCycles();
    }

    @Test
    void everyEndpointIsAResourceOfAFeatureAndLeavesTransactionsToServices() {
        plan.resourcesAreFeaturesAndLeaveTransactionsToServices();
    }

    @Test
    void everyEndpointStatesWhoMayCallIt() {
        plan.everyEndpointStatesWhoMayCallIt();
    }

    @Test
    void entitiesDoNotDependOnServices() {
        plan.entitiesDoNotDependOnServices();
    }

    @Test
    void failuresAreNamedExceptions() {
        plan.exceptionsAreNamedSo();
    }
}
