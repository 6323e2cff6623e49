package no.timebok.booking.queue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.queue.QueueService;
import no.timebok.booking.queue.RequestDetail;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.schedule.AppointmentStatus;
import no.timebok.booking.schedule.AppointmentView;
import no.timebok.booking.schedule.ResourceView;
import no.timebok.booking.schedule.SchedulingService;
import no.timebok.booking.schedule.SlotCalendar;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.validation.FieldValues;

/**
 * Backs one request's page. View-scoped, so the chosen resource and its free slots survive the
 * postback of the slot a user clicks. Opening the page is one access-log entry; each change is another.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "t";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm", java.util.Locale.forLanguageTag("nb"));

    @Inject
    transient QueueService queue;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient TimebokConfig config;

    @Inject
    transient StaffUserRepository users;

    private long id;
    private RequestDetail detail;
    private List<ResourceView> resources = List.of();
    private List<AppointmentView> appointments = List.of();
    private List<SlotCalendar.FreeSlot> slots;
    private Long resourceId;
    private String from;
    private String noteText;
    private Long movingAppointmentId;
    private Long moveRequested;
    private Long assigneeId;
    private List<Colleague> colleagues = List.of();

    /** Opens the request; another clinic's request answers 404 like one that never existed. */
    public void load() {
        detail = queue.open(id);
        resources = scheduling.resources(id);
        appointments = scheduling.appointmentsOf(id);
        colleagues = users.receptionAt(detail.clinicId()).stream().map(u -> new Colleague(u.id(), u.displayName())).toList();
        assigneeId = detail.assignedTo();
        if (resourceId == null && !resources.isEmpty()) {
            resourceId = resources.get(0).id();
        }
        openedFromCalendar();
    }

    /**
     * Opened from the calendar's move link or a free time: starts moving that appointment (only one
     * of this request's booked ones) and shows the free slots from the chosen day.
     */
    private void openedFromCalendar() {
        if (moveRequested != null && appointments.stream()
                .anyMatch(a -> a.id() == moveRequested && a.status() == AppointmentStatus.BOOKED)) {
            movingAppointmentId = moveRequested;
        }
        if (from != null && !from.isBlank()) {
            showSlots();
        }
    }

    public void changeStatus(BookingStatus target) {
        detail = queue.changeStatus(id, target);
    }

    public void addNote() {
        detail = queue.addNote(id, noteText);
        noteText = null;
    }

    public void showSlots() {
        LocalDate start = FieldValues.date(from, "from", "staff.from.invalid").orElseGet(() -> LocalDate.now(config.zone()));
        slots = scheduling.freeSlots(id, resourceId == null ? 0 : resourceId, start, 7);
    }

    /** Books the slot, or moves the appointment being moved to it. */
    public void book(Instant start) {
        try {
            if (movingAppointmentId == null) {
                scheduling.book(id, resourceId, start);
                PageMessages.info(TEXTS, "request.booked");
            } else {
                scheduling.reschedule(movingAppointmentId, resourceId, start);
                movingAppointmentId = null;
                PageMessages.info(TEXTS, "request.moved");
            }
        } finally {
            // A slot taken meanwhile is gone from the list the user sees next, whatever the outcome.
            refresh();
        }
    }

    /** Offers free slots for moving a booked appointment; the next slot chosen moves it. */
    public void startMove(long appointmentId) {
        movingAppointmentId = appointmentId;
        slots = null;
    }

    public void stopMove() {
        movingAppointmentId = null;
    }

    public void assign() {
        detail = queue.assign(id, Optional.ofNullable(assigneeId));
        PageMessages.info(TEXTS, "request.assigned");
    }

    public String colleagueName(Long staffUserId) {
        return staffUserId == null ? "" : colleagues.stream().filter(c -> c.id() == staffUserId).map(Colleague::name)
                .findFirst().orElse("");
    }

    public void cancel(long appointmentId) {
        scheduling.cancel(appointmentId);
        refresh();
    }

    private void refresh() {
        detail = queue.open(id);
        appointments = scheduling.appointmentsOf(id);
        if (slots != null) {
            showSlots();
        }
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(config.zone()));
    }

    public String erasedNotice() {
        return MessageFormat.format(PageMessages.text(TEXTS, "request.freeText.erased"), time(detail.freeTextErasedAt()));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RequestDetail getDetail() {
        return detail;
    }

    public List<ResourceView> getResources() {
        return resources;
    }

    public List<AppointmentView> getAppointments() {
        return appointments;
    }

    public List<SlotCalendar.FreeSlot> getSlots() {
        return slots;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Long getMovingAppointmentId() {
        return movingAppointmentId;
    }

    public Long getMoveRequested() {
        return moveRequested;
    }

    public void setMoveRequested(Long moveRequested) {
        this.moveRequested = moveRequested;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public List<Colleague> getColleagues() {
        return colleagues;
    }

    /** A receptionist a request can be assigned to. */
    public record Colleague(long id, String name) implements Serializable {
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
