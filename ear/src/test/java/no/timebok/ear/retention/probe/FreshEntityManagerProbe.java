package no.timebok.ear.retention.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import no.timebok.common.crypto.IntakeSeal;

/**
 * Reads a booking request the way the application's own code does, through a brand-new
 * EntityManager of the booking unit: whatever the shared cache or any copy still held would show
 * here. Test-only, added to the booking WAR by {@link no.timebok.ear.Deployments}.
 */
@Path("/probe/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FreshEntityManagerProbe {

    @PersistenceUnit(unitName = "booking")
    EntityManagerFactory units;

    @Inject
    IntakeSeal cipher;

    /** The entity is named, not imported: the booking WAR's classes are not on the tests' compile path. */
    private static final String ENTITY = "no.timebok.booking.request.BookingRequest";

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) throws ReflectiveOperationException {
        Class<?> type = Class.forName(ENTITY, true, Thread.currentThread().getContextClassLoader());
        EntityManager fresh = units.createEntityManager();
        try {
            Object request = fresh.find(type, id);
            if (request == null) {
                return Response.status(404).build();
            }
            JsonObjectBuilder seen = Json.createObjectBuilder()
                    .add("freeText", text(type.getMethod("freeText", IntakeSeal.class).invoke(request, cipher)))
                    .add("firstName", text(type.getMethod("firstName").invoke(request)))
                    .add("lastName", text(type.getMethod("lastName").invoke(request)))
                    .add("phone", text(type.getMethod("phoneE164").invoke(request)))
                    .add("email", text(type.getMethod("email").invoke(request)))
                    .add("nationalId", text(type.getMethod("maskedNationalId", IntakeSeal.class).invoke(request, cipher)));
            return Response.ok(seen.build().toString()).build();
        } finally {
            fresh.close();
        }
    }

    /** An accessor's answer as text: empty for an empty Optional or null. */
    private static String text(Object value) {
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        return unwrapped == null ? "" : unwrapped.toString();
    }
}
