package no.timebok.booking.clinic;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import no.timebok.common.messaging.ClinicSenders;

/**
 * Messaging's way to a clinic's SMS sender name, found under {@link ClinicSenders#JNDI_NAME}. The
 * relay calls it from a timer, with no caller and no transaction of its own to join.
 */
@Stateless(name = ClinicSenders.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClinicSendersService implements ClinicSenders {

    @Inject
    ClinicRepository clinics;

    @Override
    public Optional<String> smsSender(long clinicId) {
        return clinics.find(clinicId).flatMap(Clinic::smsSender);
    }
}
