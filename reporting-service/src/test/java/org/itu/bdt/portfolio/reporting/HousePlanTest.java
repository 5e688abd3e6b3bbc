package org.itu.bdt.portfolio.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house plan, checked on the service's own classes (tests left out). Plain JUnit tests calling check(): the
 * ArchUnit test engine does not run its @ArchTest rules on the JUnit Platform this build uses (6), so rules declared
 * that way would pass without being checked.
 */
class HousePlanTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itu.bdt.portfolio.reporting");

    private static final String[] FEATURES = {
            "..reporting.ledger..", "..reporting.figures..", "..reporting.monitoring..", "..reporting.live..",
            "..reporting.readmodel.."};

    @Test
    void noClassOutsideMessagingDependsOnMessaging() {
        noClasses().that().resideOutsideOfPackage("..reporting.messaging..")
                .should().dependOnClassesThat().resideInAPackage("..reporting.messaging..")
                .check(SERVICE);
    }

    @Test
    void noClassOutsideMessagingDependsOnTheMessagingKit() {
        noClasses().that().resideOutsideOfPackage("..reporting.messaging..")
                .should().dependOnClassesThat().resideInAPackage("org.itu.bdt.portfolio.kit.messaging..")
                .check(SERVICE);
    }

    @Test
    void theFeaturesMessagingAndPlatformAreFreeOfCycles() {
        slices().matching("org.itu.bdt.portfolio.reporting.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void resourcesLiveInFeaturePackages() {
        classes().that().haveSimpleNameEndingWith("Resource").should().resideInAnyPackage(FEATURES).check(SERVICE);
    }

    @Test
    void noResourceIsTransactional() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().notBeAnnotatedWith(Transactional.class)
                .check(SERVICE);
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().notBeAnnotatedWith(Transactional.class)
                .check(SERVICE);
    }

    @Test
    void entitiesDoNotDependOnServices() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(SERVICE);
    }
}
