package no.timebok.booking.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.schedule.AppointmentView;
import no.timebok.booking.schedule.ResourceView;
import no.timebok.booking.schedule.SchedulingService;
import no.timebok.booking.schedule.SlotCalendar;
import no.timebok.booking.schedule.SlotChoice;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * A request and its work, for programs and tests: the queue, one request, its free slots and its
 * appointments; the staff pages use the same service. Only JSON bodies are
 * accepted, which a cross-site form can't send, on top of the session cookie's SameSite.
 */
@Path("/staff/requests")
@RequestScoped
@RolesAllowed("reception")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    QueueService queue;

    @Inject
    SchedulingService scheduling;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** The queue without a search: paging and the status filter carry no personal data. */
    @GET
    public QueuePage list(@QueryParam("status") String status, @QueryParam("q") String search,
                          @QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("25") int size) {
        if (search != null) {
            // A name or phone number in a URL ends up in access logs, proxies and browser history.
            throw new FieldErrors().add("q", "staff.search.post").asException();
        }
        return queue.page(new QueueFilter(parseStatus("status", status), Optional.empty(), page, size));
    }

    /** A search by name, phone, reference or date, sent in the body so it never sits in a URL. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public QueuePage search(Search search) {
        Search given = search == null ? new Search(null, null, null, null) : search;
        return queue.page(new QueueFilter(parseStatus("status", given.status()),
                Optional.ofNullable(given.q()).filter(q -> !q.isBlank()),
                given.page() == null ? 0 : given.page(), given.size() == null ? 25 : given.size()));
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public RequestDetail open(@PathParam("id") long id) {
        return queue.open(id);
    }

    @POST
    @Path("{id: \\d{1,18}}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetail changeStatus(@PathParam("id") long id, StatusChange change) {
        BookingStatus target = parseStatus("status", change == null ? null : change.status())
                .orElseThrow(() -> new FieldErrors().add("status", "staff.status.invalid").asException());
        return queue.changeStatus(id, target);
    }

    @POST
    @Path("{id: \\d{1,18}}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetail addNote(@PathParam("id") long id, NewNote note) {
        return queue.addNote(id, note == null ? null : note.text());
    }

    @POST
    @Path("{id: \\d{1,18}}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetail assign(@PathParam("id") long id, Assignment assignment) {
        return queue.assign(id, Optional.ofNullable(assignment).map(Assignment::staffUserId));
    }

    @GET
    @Path("{id: \\d{1,18}}/resources")
    public List<ResourceView> resources(@PathParam("id") long id) {
        return scheduling.resources(id);
    }

    @GET
    @Path("{id: \\d{1,18}}/slots")
    public List<SlotCalendar.FreeSlot> slots(@PathParam("id") long id, @QueryParam("resource") long resourceId,
                                             @QueryParam("from") String from, @QueryParam("days") @DefaultValue("7") int days) {
        LocalDate start = FieldValues.date(from, "from", "staff.start.invalid")
                .orElseGet(() -> LocalDate.now(clock.withZone(config.zone())));
        return scheduling.freeSlots(id, resourceId, start, days);
    }

    @GET
    @Path("{id: \\d{1,18}}/appointments")
    public List<AppointmentView> appointments(@PathParam("id") long id) {
        return scheduling.appointmentsOf(id);
    }

    @POST
    @Path("{id: \\d{1,18}}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") long id, SlotChoice choice) {
        SlotChoice.Chosen slot = (choice == null ? new SlotChoice(null, null) : choice).chosen();
        AppointmentView booked = scheduling.book(id, slot.resourceId(), slot.start());
        return Response.status(Response.Status.CREATED).entity(booked).build();
    }

    private static Optional<BookingStatus> parseStatus(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(BookingStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new FieldErrors().add(field, "staff.status.invalid").asException()));
    }

    public record Search(String q, String status, Integer page, Integer size) {
    }

    public record StatusChange(String status) {
    }

    public record NewNote(String text) {
    }

    public record Assignment(Long staffUserId) {
    }
}
