package no.timebok.ear.rights;

import no.timebok.ear.Deployments;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR as built, with a privacy page in its booking WAR that holds only the consents include,
 * as the rights request page will: the include is tested where it renders, not as a file.
 */
final class ConsentPageDeployment {

    static final String PAGE = "/staff/privacy/consents-probe.xhtml";

    private static final String XHTML = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            template="/WEB-INF/templates/staff.xhtml">
                <ui:define name="title">Consents</ui:define>
                <ui:define name="content"><ui:include src="/WEB-INF/includes/rights/consents.xhtml"/></ui:define>
            </ui:composition>
            """;

    private ConsentPageDeployment() {
    }

    static EnterpriseArchive withPage() {
        EnterpriseArchive ear = Deployments.timebokEar();
        WebArchive booking = ear.getAsType(WebArchive.class, "/booking.war");
        booking.add(new StringAsset(XHTML), PAGE);
        ear.delete("/booking.war");
        ear.addAsModule(booking);
        return ear;
    }
}
