package no.timebok.messaging.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Messaging's packages form no cycle, and it knows booking only through the contracts in common. */
class ArchitectureTest {

    private static final JavaClasses MESSAGING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.timebok.messaging");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("no.timebok.messaging.(**)").should().beFreeOfCycles().check(MESSAGING);
    }

    @Test
    void messagingReachesBookingOnlyThroughTheContractsInCommon() {
        noClasses().should().dependOnClassesThat().resideInAPackage("no.timebok.booking..").check(MESSAGING);
    }
}
