package no.timebok.ear.retention;

import no.timebok.ear.Deployments;
import no.timebok.ear.retention.probe.FreshEntityManagerProbe;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR as built, with the fresh-EntityManager probe in its booking WAR (under /api/probe). */
final class ProbeDeployment {

    private ProbeDeployment() {
    }

    static EnterpriseArchive withProbe() {
        EnterpriseArchive ear = Deployments.timebokEar();
        WebArchive booking = ear.getAsType(WebArchive.class, "/booking.war");
        booking.addClass(FreshEntityManagerProbe.class);
        ear.delete("/booking.war");
        ear.addAsModule(booking);
        return ear;
    }
}
