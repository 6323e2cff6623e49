package no.timebok.booking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The edge deployable (booking-edge.war) holds the classes that booking/pom.xml's edge execution
 * lists, and nothing else. An edge class that used any other booking class would fail on Payara
 * Micro, or worse, pull internal work onto the node that faces the internet; this test finds it at
 * build time, from the same lists the WAR is packed by.
 */
class EdgeBoundaryTest {

    private static final String CLASSES = "WEB-INF/classes/";

    private static final JavaClasses BOOKING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.timebok.booking");

    private static final EdgeLists EDGE = EdgeLists.read(Path.of("pom.xml"));

    @Test
    void edgeClassesUseOnlyEdgeClassesOfBooking() {
        DescribedPredicate<JavaClass> onEdge = DescribedPredicate.describe("on the edge", EDGE::holds);
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal booking classes",
                c -> c.getBaseComponentType().getPackageName().startsWith("no.timebok.booking") && !EDGE.holds(c));
        noClasses().that(onEdge).should().dependOnClassesThat(internal).check(BOOKING);
    }

    @Test
    void theEdgeHoldsThePublicEntryPointsAndNoStaffOrInternalWork() {
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.intake.web.BookingFormServlet")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.intake.BookingRequestResource")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.intake.web.ReceiptServlet")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.notice.web.PrivacyNoticeServlet")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.selfbooking.web.FreeTimesServlet")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.selfbooking.web.PickedTimeServlet")));
        assertTrue(EDGE.holds(BOOKING.get("no.timebok.booking.selfbooking.web.PatientMoveServlet")));
        for (String internal : List.of("no.timebok.booking.login.web.LoginServlet",
                "no.timebok.booking.schedule.PatientNotices", "no.timebok.booking.schedule.PatientNoticePickup",
                "no.timebok.booking.waitinglist.OfferService", "no.timebok.booking.waitinglist.web.WaitingListServlet",
                "no.timebok.booking.queue.QueueResource", "no.timebok.booking.intake.ConfirmationPickup",
                "no.timebok.booking.request.IntakeRewrap", "no.timebok.booking.schema.BookingStartup",
                "no.timebok.booking.identity.StaffUser", "no.timebok.booking.retention.BookingRetentionTimers")) {
            assertFalse(BOOKING.contain(internal) && EDGE.holds(BOOKING.get(internal)), internal + " is on the edge");
        }
    }

    /** The edge execution's packagingIncludes and packagingExcludes, as Ant patterns under WEB-INF/classes. */
    record EdgeLists(List<Pattern> includes, List<Pattern> excludes) {

        boolean holds(JavaClass javaClass) {
            String path = javaClass.getBaseComponentType().getName().replace('.', '/') + ".class";
            return includes.stream().anyMatch(p -> p.matcher(path).matches())
                    && excludes.stream().noneMatch(p -> p.matcher(path).matches());
        }

        static EdgeLists read(Path pom) {
            try {
                NodeList executions = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                        .getElementsByTagName("execution");
                for (int i = 0; i < executions.getLength(); i++) {
                    Element execution = (Element) executions.item(i);
                    if ("edge".equals(text(execution, "id"))) {
                        return new EdgeLists(patterns(text(execution, "packagingIncludes")),
                                patterns(text(execution, "packagingExcludes")));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the edge execution of " + pom.toAbsolutePath(), e);
            }
            throw new IllegalStateException("No execution with id edge in " + pom.toAbsolutePath());
        }

        private static String text(Element parent, String tag) {
            return parent.getElementsByTagName(tag).item(0).getTextContent();
        }

        private static List<Pattern> patterns(String list) {
            return java.util.Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(p -> p.startsWith(CLASSES))
                    .map(p -> Pattern.compile(p.substring(CLASSES.length())
                            .replace(".", "\\.").replace("**", "\u0000").replace("*", "[^/]*").replace("\u0000", ".*")))
                    .toList();
        }
    }
}
