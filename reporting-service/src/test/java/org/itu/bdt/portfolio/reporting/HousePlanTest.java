package org.itu.bdt.portfolio.reporting;

import org.itu.bdt.portfolio.kit.testing.HousePlan;
import org.junit.jupiter.api.Test;

/** The house plan of docs/architecture.md, checked on reporting-service's own classes (tests left out). */
class HousePlanTest {

    private static final HousePlan PLAN = HousePlan.of("org.itu.bdt.portfolio.reporting",
            "ledger", "figures", "monitoring", "live", "readmodel");

    @Test
    void onlyMessagingTouchesMessagingAndTheKitsMessaging() {
        PLAN.onlyMessagingTouchesMessaging();
    }

    @Test
    void featuresMessagingAndPlatformAreFreeOfCycles() {
        PLAN.packagesAreFreeOfCycles();
    }

    @Test
    void everyEndpointIsAResourceOfAFeatureAndLeavesTransactionsToServices() {
        PLAN.resourcesAreFeaturesAndLeaveTransactionsToServices();
    }

    @Test
    void entitiesDoNotDependOnServices() {
        PLAN.entitiesDoNotDependOnServices();
    }

    @Test
    void failuresAreNamedExceptions() {
        PLAN.exceptionsAreNamedSo();
    }
}
