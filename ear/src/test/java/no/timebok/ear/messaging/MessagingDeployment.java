package no.timebok.ear.messaging;

import no.timebok.ear.Deployments;
import no.timebok.ear.messaging.probe.ContractProbeResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR as built, with the contract probe added to its messaging WAR. */
final class MessagingDeployment {

    private MessagingDeployment() {
    }

    static EnterpriseArchive withProbe() {
        EnterpriseArchive ear = Deployments.timebokEar();
        WebArchive messaging = ear.getAsType(WebArchive.class, "/messaging.war");
        messaging.addClass(ContractProbeResource.class);
        ear.delete("/messaging.war");
        ear.addAsModule(messaging);
        return ear;
    }
}
