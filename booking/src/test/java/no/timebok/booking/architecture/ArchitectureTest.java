package no.timebok.booking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape that lets a newcomer change one feature without reading the others: packages without
 * cycles, booking and messaging apart (they meet only through contracts in common), a low floor
 * that every feature may use and that uses no feature, and pages that reach other features only
 * through their services and the records those return.
 */
class ArchitectureTest {

    private static final String ROOT = "no.timebok.booking.";

    /** What every feature needs: who is logged in, the clinics, and the web plumbing. */
    private static final Set<String> FLOOR = Set.of("identity", "clinic", "platform");

    /**
     * A feature's pages, or a part of a feature's that has pages of its own (the staff calendar of
     * scheduling, whose pages must stay off the edge that {@code schedule.web} goes to).
     */
    private static final String[] WEB = {ROOT + "*.web..", ROOT + "*.*.web.."};

    private static final JavaClasses BOOKING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.timebok.booking");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("no.timebok.booking.(**)").should().beFreeOfCycles().check(BOOKING);
    }

    @Test
    void bookingReachesMessagingOnlyThroughTheContractsInCommon() {
        noClasses().should().dependOnClassesThat().resideInAPackage("no.timebok.messaging..").check(BOOKING);
    }

    @Test
    void theFloorUsesNoFeature() {
        classes().that().resideInAnyPackage(FLOOR.stream().map(f -> ROOT + f + "..").toArray(String[]::new))
                .should(useNoFeature()).check(BOOKING);
    }

    @Test
    void everyPageAndServletLivesInItsFeaturesWebPackage() {
        classes().that().areAnnotatedWith(Named.class).or().areAssignableTo(HttpServlet.class)
                .should().resideInAnyPackage(WEB).orShould().resideInAPackage(ROOT + "platform..")
                .check(BOOKING);
    }

    @Test
    void pagesReachOtherFeaturesOnlyThroughTheirServices() {
        classes().that().resideInAnyPackage(WEB).should(keepOutOfOtherFeaturesInternals()).check(BOOKING);
    }

    private static ArchCondition<JavaClass> useNoFeature() {
        return new ArchCondition<>("use no feature package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    feature(dependency.getTargetClass()).filter(f -> !FLOOR.contains(f)).ifPresent(f ->
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
                }
            }
        };
    }

    /** Another feature's internals: its pages, its resources, its entities and its repositories. */
    private static ArchCondition<JavaClass> keepOutOfOtherFeaturesInternals() {
        return new ArchCondition<>("use no other feature's pages, resources, entities or repositories") {
            @Override
            public void check(JavaClass page, ConditionEvents events) {
                String own = feature(page).orElseThrow();
                for (Dependency dependency : page.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = feature(target).filter(f -> !f.equals(own) && !FLOOR.contains(f));
                    if (other.isPresent() && internal(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean internal(JavaClass target) {
        JavaClass outer = target;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getPackageName().contains(".web") || outer.getSimpleName().endsWith("Repository")
                || outer.getSimpleName().endsWith("Resource") && outer.isAnnotatedWith(jakarta.ws.rs.Path.class)
                || outer.isAnnotatedWith(Entity.class);
    }

    /** The feature a class belongs to: the first package below {@code no.timebok.booking}. */
    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
