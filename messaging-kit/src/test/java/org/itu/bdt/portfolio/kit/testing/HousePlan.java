package org.itu.bdt.portfolio.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house plan of docs/architecture.md as ArchUnit rules, checked on one service's production classes: one
 * package per feature, {@code messaging} and {@code platform}, dependencies pointing one way. Each service's
 * HousePlanTest calls these from plain JUnit tests, because ArchUnit's own engine runs no rules on the JUnit
 * Platform Quarkus brings (6).
 */
public final class HousePlan {

    private static final String KIT_MESSAGING = "org.itu.bdt.portfolio.kit.messaging..";

    private final String root;
    private final String[] features;
    private final JavaClasses classes;

    private HousePlan(String root, String[] features, JavaClasses classes) {
        this.root = root;
        this.features = features;
        this.classes = classes;
    }

    /** @param features the service's feature packages, by their simple names ("registry", "board") */
    public static HousePlan of(String rootPackage, String... features) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        return of(rootPackage, classes, features);
    }

    static HousePlan of(String rootPackage, JavaClasses classes, String... features) {
        String[] patterns = Arrays.stream(features).map(feature -> rootPackage + "." + feature + "..")
                .toArray(String[]::new);
        return new HousePlan(rootPackage, patterns, classes);
    }

    /** Features fire CDI events and messaging listens: nothing else touches messaging or the kit's messaging. */
    public void onlyMessagingTouchesMessaging() {
        noClasses().that().resideOutsideOfPackage(root + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".messaging..", KIT_MESSAGING)
                .because("features fire CDI events and messaging listens")
                .check(classes);
    }

    public void packagesAreFreeOfCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every REST endpoint is a *Resource of a feature, and transactions belong to the services it calls. */
    public void resourcesAreFeaturesAndLeaveTransactionsToServices() {
        // a REST client's @Path is on an interface: it calls an endpoint, it is none
        classes().that().areAnnotatedWith(Path.class).and().areTopLevelClasses().and().areNotInterfaces()
                .should().haveSimpleNameEndingWith("Resource").check(classes);
        classes().that().haveSimpleNameEndingWith("Resource").should().resideInAnyPackage(features).check(classes);
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class).check(classes);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class).check(classes);
    }

    /**
     * Secure by default: every endpoint says who may call it ({@code @RolesAllowed}, {@code @PermitAll} or
     * {@code @DenyAll}, on the method or its resource), and docs/security.md lists the same rule.
     */
    public void everyEndpointStatesWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().arePublic()
                .and(DescribedPredicate.describe("are HTTP endpoints", HousePlan::isEndpoint))
                .should(new ArchCondition<JavaMethod>("state who may call them") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!hasRule(method) && !hasRule(method.getOwner())) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " has no @RolesAllowed, @PermitAll or @DenyAll"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    private static boolean isEndpoint(JavaMethod method) {
        return method.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class));
    }

    private static boolean hasRule(HasAnnotations<?> element) {
        return element.isAnnotatedWith(RolesAllowed.class) || element.isAnnotatedWith(PermitAll.class)
                || element.isAnnotatedWith(DenyAll.class);
    }

    /** A service that keeps its state in plain SQL has no entity: then there is nothing to check. */
    public void entitiesDoNotDependOnServices() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .because("dependencies point from resource to service to entity")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The same role has the same name everywhere: a failure a client caused is a *Exception. */
    public void exceptionsAreNamedSo() {
        classes().that().areAssignableTo(RuntimeException.class)
                .should().haveSimpleNameEndingWith("Exception").allowEmptyShould(true).check(classes);
    }
}
