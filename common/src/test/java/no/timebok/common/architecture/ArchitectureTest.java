package no.timebok.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared kernel's packages form no cycle, and it knows neither module that builds on it. */
class ArchitectureTest {

    private static final JavaClasses COMMON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.timebok.common");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("no.timebok.common.(**)").should().beFreeOfCycles().check(COMMON);
    }

    @Test
    void commonKnowsNeitherBookingNorMessaging() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("no.timebok.booking..", "no.timebok.messaging..")
                .check(COMMON);
    }
}
