package no.timebok.booking.schedule;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.messaging.MessageKind;

/** Booking, moving and cancelling appointments for requests of the caller's clinics. */
@Stateless
public class SchedulingService {

    static final int MAX_DAYS = 31;

    @Inject
    BookingRequestRepository requests;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentMessages messages;

    @Inject
    CurrentStaff current;

    @Inject
    AccessLog accessLog;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public List<ResourceView> resources(long requestId) {
        return appointments.resourcesOf(mine(requestId).clinic().id()).stream().map(ResourceView::of).toList();
    }

    public List<SlotCalendar.FreeSlot> freeSlots(long requestId, long resourceId, LocalDate from, int days) {
        BookingRequest request = mine(requestId);
        Resource resource = resourceOf(request, resourceId);
        int span = Math.min(Math.max(days, 1), MAX_DAYS);
        return calendar(resource, from, from.plusDays(span), null)
                .freeSlots(from, from.plusDays(span - 1L), slotLength(request), clock.instant());
    }

    public AppointmentView book(long requestId, long resourceId, Instant start) {
        StaffMember me = current.get();
        BookingRequest request = mine(requestId);
        Resource resource = resourceOf(request, resourceId);
        Duration length = slotLength(request);
        Instant now = clock.instant();
        requireBookable(resource, start, length, now, null);
        if (request.status() != BookingStatus.SCHEDULED) {
            em.persist(request.changeStatus(BookingStatus.SCHEDULED, me.id(), now));
        }
        Appointment appointment = Appointment.book(request.id(), request.clinic().id(), resource.id(), start, length, me.id(), now);
        appointments.add(appointment);
        accessLog.record(me, request.clinic().id(), request.id(), appointment.id(), AccessAction.CHANGED);
        messages.send(MessageKind.APPOINTMENT_BOOKED, request, appointment, resource);
        return AppointmentView.of(appointment, resource);
    }

    public AppointmentView reschedule(long appointmentId, long resourceId, Instant start) {
        StaffMember me = current.get();
        Appointment appointment = appointments.find(me.clinicIds(), appointmentId).orElseThrow(SchedulingService::notFound);
        BookingRequest request = mine(appointment.bookingRequestId());
        Resource resource = resourceOf(request, resourceId);
        Instant now = clock.instant();
        appointments.releaseCells(appointment);
        requireBookable(resource, start, appointment.length(), now, appointment.id());
        appointment.moveTo(resource.id(), start);
        em.flush();
        appointments.claimCells(appointment);
        accessLog.record(me, request.clinic().id(), request.id(), appointment.id(), AccessAction.CHANGED);
        messages.send(MessageKind.APPOINTMENT_RESCHEDULED, request, appointment, resource);
        return AppointmentView.of(appointment, resource);
    }

    public AppointmentView cancel(long appointmentId) {
        StaffMember me = current.get();
        Appointment appointment = appointments.find(me.clinicIds(), appointmentId).orElseThrow(SchedulingService::notFound);
        BookingRequest request = mine(appointment.bookingRequestId());
        Resource resource = appointments.findResource(appointment.resourceId()).orElseThrow();
        appointment.cancel();
        appointments.releaseCells(appointment);
        if (request.status().canMoveTo(BookingStatus.CANCELLED)) {
            em.persist(request.changeStatus(BookingStatus.CANCELLED, me.id(), clock.instant()));
        }
        accessLog.record(me, request.clinic().id(), request.id(), appointment.id(), AccessAction.CHANGED);
        messages.send(MessageKind.APPOINTMENT_CANCELLED, request, appointment, resource);
        return AppointmentView.of(appointment, resource);
    }

    public List<AppointmentView> appointmentsOf(long requestId) {
        BookingRequest request = mine(requestId);
        return appointments.forRequest(request.id()).stream()
                .map(a -> AppointmentView.of(a, appointments.findResource(a.resourceId()).orElseThrow()))
                .toList();
    }

    private void requireBookable(Resource resource, Instant start, Duration length, Instant now, Long movingAppointment) {
        LocalDate day = start.atZone(config.zone()).toLocalDate();
        if (!calendar(resource, day, day.plusDays(1), movingAppointment).isFree(start, length, now)) {
            throw SlotCalendar.slotTaken();
        }
    }

    /** {@code movingAppointment}: the appointment being rescheduled, whose own time counts as free. */
    private SlotCalendar calendar(Resource resource, LocalDate from, LocalDate until, Long movingAppointment) {
        Instant begin = from.atStartOfDay(config.zone()).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(config.zone()).toInstant();
        return new SlotCalendar(resource, appointments.closuresOf(resource.clinicId()),
                appointments.booked(resource.id(), begin, end, movingAppointment), config.zone());
    }

    private BookingRequest mine(long requestId) {
        return requests.findAt(current.clinicIds(), requestId).orElseThrow(SchedulingService::notFound);
    }

    private Resource resourceOf(BookingRequest request, long resourceId) {
        return appointments.findResource(resourceId)
                .filter(r -> r.active() && r.clinicId() == request.clinic().id())
                .orElseThrow(() -> new FieldErrors().add("resourceId", "staff.resource.invalid").asException());
    }

    private static Duration slotLength(BookingRequest request) {
        return request.visitType() == null ? Duration.ofMinutes(30) : request.visitType().slotLength();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("request.notFound");
    }
}
