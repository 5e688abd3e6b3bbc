package org.itu.bdt.portfolio.funding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The one house plan of docs/architecture.md, checked on the service's own classes (tests excluded). */
class HousePlanTest {
    private static final String ROOT = "org.itu.bdt.portfolio.funding";
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void nothingOutsideMessagingDependsOnMessaging() {
        noClasses().that().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..messaging..")
                .check(SERVICE);
    }

    @Test
    void thePackagesUnderTheRootAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void resourcesLiveInFeaturePackagesAndAreNeverTransactional() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().resideOutsideOfPackages("..messaging..", "..platform..")
                .andShould().resideOutsideOfPackage(ROOT)
                .andShould().notBeAnnotatedWith(Transactional.class)
                .check(SERVICE);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .check(SERVICE);
    }

    @Test
    void entitiesDoNotDependOnServices() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(SERVICE);
    }

    @Test
    void exceptionsAreNamedSo() {
        classes().that().areAssignableTo(RuntimeException.class)
                .should().haveSimpleNameEndingWith("Exception")
                .check(SERVICE);
    }
}
