package org.itu.bdt.portfolio.projects;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house plan (docs/architecture.md): one package per feature, messaging and platform, dependencies pointing one
 * way. Production classes only: test support may reach anywhere. The rules are checked from plain JUnit tests
 * because ArchUnit's own engine finds no rules under the JUnit Platform that Quarkus brings.
 */
class HousePlanTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.itu.bdt.portfolio.projects");
    private static final String[] FEATURES = {"..registry", "..lifecycle", "..board", "..partnerreports"};

    @Test
    void noClassOutsideMessagingDependsOnMessaging() {
        noClasses().that().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..messaging..")
                .because("features fire CDI events and messaging listens")
                .check(CLASSES);
    }

    @Test
    void onlyMessagingUsesTheMessagingKit() {
        noClasses().that().resideOutsideOfPackage("org.itu.bdt.portfolio.projects.messaging..")
                .should().dependOnClassesThat().resideInAPackage("org.itu.bdt.portfolio.kit.messaging..")
                .because("the outbox, the inbox and the envelope are messaging's business; features fire CDI events")
                .check(CLASSES);
    }

    @Test
    void featuresMessagingAndPlatformAreFreeOfCycles() {
        slices().matching("org.itu.bdt.portfolio.projects.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void resourcesLeaveTransactionsToServices() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void everyRestEndpointIsAResourceOfAFeature() {
        classes().that().areAnnotatedWith(Path.class).should().haveSimpleNameEndingWith("Resource").check(CLASSES);
        classes().that().haveSimpleNameEndingWith("Resource").should().resideInAnyPackage(FEATURES).check(CLASSES);
    }

    @Test
    void entitiesDoNotDependOnServices() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .because("dependencies point from resource to service to entity")
                .check(CLASSES);
    }
}
