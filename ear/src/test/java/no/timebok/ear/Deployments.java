package no.timebok.ear;

import java.io.File;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.messaging.probe.ContractProbeResource;
import no.timebok.ear.messaging.probe.RelayProbeResource;
import no.timebok.ear.retention.probe.FreshEntityManagerProbe;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every end-to-end test runs against: the EAR exactly as the build assembled it, plus
 * what only tests use. The test clock, which follows the system clock until a test moves it; in the
 * booking WAR a fresh-EntityManager probe (under /api/probe) and two staff pages that hold only an
 * include (the rights answer, the consents), so an include is tested where it renders; in the
 * messaging WAR a probe that calls the module contracts over HTTP and one that runs the relay.
 */
public final class Deployments {

    /** A page with only the consents include, as the rights request page holds it. */
    public static final String CONSENTS_PAGE = "/staff/privacy/consents-probe.xhtml";

    /** A page with only the rights answer include, as the rights request page holds it. */
    public static final String ANSWER_PAGE = "/staff/privacy/answer-probe.xhtml";

    private static final String CONSENTS_XHTML = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            template="/WEB-INF/templates/staff.xhtml">
                <ui:define name="title">Consents</ui:define>
                <ui:define name="content"><ui:include src="/WEB-INF/includes/rights/consents.xhtml"/></ui:define>
            </ui:composition>
            """;

    private Deployments() {
    }

    public static EnterpriseArchive timebokEar() {
        File built = new File(System.getProperty("timebok.it.ear", "target/timebok.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built)
                .addAsLibrary(TestClock.library());
        WebArchive booking = ear.getAsType(WebArchive.class, "/booking.war")
                .addClass(FreshEntityManagerProbe.class)
                .addAsWebResource("rights/answer-probe.xhtml", ANSWER_PAGE.substring(1))
                .add(new StringAsset(CONSENTS_XHTML), CONSENTS_PAGE);
        WebArchive messaging = ear.getAsType(WebArchive.class, "/messaging.war")
                .addClass(ContractProbeResource.class)
                .addClass(RelayProbeResource.class);
        ear.delete("/booking.war");
        ear.delete("/messaging.war");
        return ear.addAsModule(booking).addAsModule(messaging);
    }
}
