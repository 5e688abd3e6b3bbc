package org.itu.bdt.portfolio.projects;

import org.itu.bdt.portfolio.kit.testing.HousePlan;
import org.itu.bdt.portfolio.kit.testing.HousePlanChecks;

/** The house plan of docs/architecture.md, checked on project-service's own classes (tests left out). */
class HousePlanTest extends HousePlanChecks {

    HousePlanTest() {
        super(HousePlan.of("org.itu.bdt.portfolio.projects", "registry", "lifecycle", "board", "partnerreports"));
    }
}
