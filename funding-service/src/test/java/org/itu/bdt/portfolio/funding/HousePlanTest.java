package org.itu.bdt.portfolio.funding;

import org.itu.bdt.portfolio.kit.testing.HousePlan;
import org.junit.jupiter.api.Test;

/** The house plan of docs/architecture.md, checked on funding-service's own classes (tests left out). */
class HousePlanTest {

    private static final HousePlan PLAN = HousePlan.of("org.itu.bdt.portfolio.funding",
            "partners", "agreements", "rates", "ictdf", "instalments", "finance");

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
