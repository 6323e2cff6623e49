package no.timebok.booking.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import no.timebok.booking.abuse.RateLimits;
import no.timebok.booking.apiclient.ApiClient;
import no.timebok.booking.apiclient.ApiClientService;
import no.timebok.booking.platform.api.JsonDepth;
import no.timebok.booking.platform.http.ClientAddress;
import no.timebok.booking.request.BookingForm;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.error.UnauthenticatedException;
import no.timebok.common.json.JsonFactories;

/**
 * {@code /api/booking-requests}: the public form's intake as JSON, for integrating partners with a
 * client key. The body is read leniently (strings or numbers) so that any shape of input gets a 400
 * naming its fields, never a 500. A receipt is read by its token alone, as on the receipt page.
 */
@Path("booking-requests")
@RequestScoped
public class BookingRequestResource {

    @Inject
    BookingIntakeService intake;

    @Inject
    ReceiptService receipts;

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ApiClientService apiClients;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(String body) {
        ApiClient client = partner();
        rateLimits.admitApiClient(client.keyId(), client.rateLimit());
        BookingForm form = form(parse(body));
        BookingIntakeService.Receipt receipt = TransientFailures.retry(() -> intake.submit(form, client::sendsFor));
        JsonObject created = JsonFactories.BUILDERS.createObjectBuilder()
                .add("reference", receipt.reference())
                .add("receiptToken", receipt.receiptToken())
                .add("status", "NEW")
                .build();
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.receiptToken()).build())
                .entity(created.toString()).build();
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    public String receipt(@PathParam("token") String token) {
        ReceiptService.Receipt receipt = receipts.find(token).orElseThrow(() -> new NotFoundException("not-found"));
        return JsonFactories.BUILDERS.createObjectBuilder()
                .add("reference", receipt.reference())
                .add("clinic", receipt.clinicName())
                .add("status", receipt.status().name())
                .build().toString();
    }

    /**
     * The partner whose key the request carries. The form's bot checks do not fit a server calling
     * an API; the key is the proof instead. Callers without a valid key are held to the form's limit
     * per address, so guessing keys or flooding without one costs as much as flooding the form.
     */
    private ApiClient partner() {
        try {
            return apiClients.authenticate(http.getHeader(HttpHeaders.AUTHORIZATION));
        } catch (UnauthenticatedException refused) {
            rateLimits.admitClient(clientAddress.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
            throw refused;
        }
    }

    private static JsonObject parse(String body) {
        if (body != null && JsonDepth.exceeds(body, JsonDepth.MAX)) {
            new FieldErrors().add("body", "error.body.malformed").throwIfAny();
        }
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (JsonException | IllegalStateException e) {
            // Reported below as one error on the body.
        }
        new FieldErrors().add("body", "error.body.malformed").throwIfAny();
        throw new IllegalStateException("unreachable");
    }

    private static BookingForm form(JsonObject json) {
        FieldErrors wrongTypes = new FieldErrors();
        BookingForm form = new BookingForm(text(json, "firstName", wrongTypes), text(json, "lastName", wrongTypes),
                text(json, "phone", wrongTypes), text(json, "email", wrongTypes), text(json, "nationalId", wrongTypes),
                text(json, "clinicId", wrongTypes), text(json, "visitTypeId", wrongTypes),
                text(json, "earliestDate", wrongTypes), text(json, "latestDate", wrongTypes),
                text(json, "partOfDay", wrongTypes), text(json, "freeText", wrongTypes),
                json.get("newsletter") == JsonValue.TRUE, text(json, "language", wrongTypes),
                text(json, "privacyVersion", wrongTypes));
        wrongTypes.throwIfAny();
        return form;
    }

    /** A string or number as text; an object, array or boolean is an error on that field. */
    private static String text(JsonObject json, String name, FieldErrors errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> json.getString(name);
            case NUMBER -> json.getJsonNumber(name).toString();
            default -> {
                errors.add(name, "error.json.wrongType");
                yield null;
            }
        };
    }
}
