package no.timebok.booking.waitinglist;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.intake.BookingIntakeService;
import no.timebok.booking.request.BookingDetails;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.request.PartOfDay;
import no.timebok.booking.request.PreferredPeriod;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.booking.schedule.Appointment;
import no.timebok.booking.schedule.AppointmentMessages;
import no.timebok.booking.schedule.AppointmentRepository;
import no.timebok.booking.schedule.AppointmentTime;
import no.timebok.booking.selfbooking.FreeTimes;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.MessageKind;

/**
 * An offered time, as its link shows it, and accepting it: a request and its appointment, booked
 * under the same database guard as a picked time, so a time staff booked meanwhile is not given twice.
 */
@Stateless
public class OfferService {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    BookingIntakeService intake;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentMessages messages;

    @Inject
    OfferMatcher matcher;

    @Inject
    FreeTimes freeTimes;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    public Optional<OfferView> show(String token) {
        return find(token, LockModeType.NONE).map(offer -> {
            WaitingListEntry entry = em.find(WaitingListEntry.class, offer.entryId());
            Clinic clinic = em.find(Clinic.class, entry.clinicId());
            return new OfferView(clinic.name(), AppointmentTime.format(offer.startsAt(), config.zone(), entry.language()),
                    freeTimes.placeOf(offer.resourceId()), AppointmentTime.format(offer.expiresAt(), config.zone(), entry.language()),
                    offer.isOpenAt(clock.instant()), entry.language().tag());
        });
    }

    /**
     * @return the booked appointment's link token
     * @throws no.timebok.common.error.ConflictException "offer-closed" when it was answered or lapsed,
     *         "slot-taken" when the time went to someone else (then call {@link #lose})
     */
    public Optional<String> accept(String token) {
        Optional<WaitingListOffer> found = find(token, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WaitingListOffer offer = found.get();
        Instant now = clock.instant();
        offer.accept(now);
        WaitingListEntry entry = em.find(WaitingListEntry.class, offer.entryId());
        Clinic clinic = em.find(Clinic.class, entry.clinicId());
        VisitType type = em.find(VisitType.class, entry.visitTypeId());
        LocalDate day = LocalDate.ofInstant(offer.startsAt(), config.zone());
        BookingDetails details = new BookingDetails(clinic, type, entry.contact(), Optional.empty(),
                new PreferredPeriod(Optional.of(day), Optional.of(day), PartOfDay.ANY), "", false, entry.language(),
                config.privacyVersionDate());
        BookingRequest request = intake.storePicked(details, null);
        em.persist(request.changeStatus(BookingStatus.SCHEDULED, null, now));
        Appointment appointment = Appointment.bookByPatient(request.id(), clinic.id(), offer.resourceId(), offer.startsAt(),
                offer.length(), now);
        appointments.add(appointment);
        matcher.releaseTime(offer);
        entry.booked();
        messages.send(MessageKind.APPOINTMENT_BOOKED, request, appointment,
                appointments.findResource(offer.resourceId()).orElseThrow());
        return Optional.of(appointment.patientToken());
    }

    /** The time went to someone else before the patient accepted: the offer ends, the patient keeps their place. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lose(String token) {
        find(token, LockModeType.PESSIMISTIC_WRITE).filter(offer -> offer.status() == WaitingListOffer.Status.OPEN)
                .ifPresent(offer -> {
                    offer.lost();
                    em.find(WaitingListEntry.class, offer.entryId()).backInLine();
                    matcher.releaseTime(offer);
                });
    }

    private Optional<WaitingListOffer> find(String token, LockModeType lock) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM WaitingListOffer o WHERE o.token = :token", WaitingListOffer.class)
                .setParameter("token", token)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** What the offer's page shows: no name, nothing about the visit's reason. */
    public record OfferView(String clinic, String time, String place, String expires, boolean open, String language) {
    }
}
