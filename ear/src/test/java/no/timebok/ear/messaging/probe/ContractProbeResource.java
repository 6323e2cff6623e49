package no.timebok.ear.messaging.probe;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.AppointmentReminders;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.MessageErasure;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.MessageTemplates;
import no.timebok.common.messaging.NewsletterMessage;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientCorrespondence;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.common.messaging.StaffMessage;
import no.timebok.common.messaging.SubjectMessages;
import no.timebok.common.messaging.TemplateField;
import no.timebok.common.messaging.TemplateText;

/** Calls messaging's contracts exactly as booking will, through their portable JNDI names. */
@Path("/probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractProbeResource {

    @EJB(lookup = AppointmentReminders.JNDI_NAME)
    AppointmentReminders reminders;

    @EJB(lookup = PatientCorrespondence.JNDI_NAME)
    PatientCorrespondence correspondence;

    @EJB(lookup = MessageTemplates.JNDI_NAME)
    MessageTemplates templates;

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @EJB(lookup = SubjectMessages.JNDI_NAME)
    SubjectMessages subjects;

    @POST
    @Path("/messages")
    public String queue(@FormParam("clinicId") long clinicId, @FormParam("reference") String reference,
                        @FormParam("email") String email) {
        QueuedMessage queued = messages.queue(new OutboundMessage(MessageKind.REQUEST_RECEIVED, clinicId, reference,
                Optional.empty(), Optional.of(email), Language.NB, Map.of(TemplateField.REFERENCE, reference)));
        return Json.createObjectBuilder().add("id", queued.messageId()).add("channel", queued.channel().map(Enum::name).orElse(""))
                .add("held", queued.heldReason().orElse("")).build().toString();
    }

    @POST
    @Path("/newsletters")
    public Response newsletter(@FormParam("clinicId") long clinicId, @FormParam("reference") String reference,
                               @FormParam("email") String email, @FormParam("language") String language,
                               @FormParam("subject") String subject, @FormParam("text") String text,
                               @FormParam("unsubscribeUrl") String unsubscribeUrl) {
        try {
            QueuedMessage queued = messages.queueNewsletter(new NewsletterMessage(clinicId, reference, email, Language.of(language),
                    subject, text, URI.create(unsubscribeUrl)));
            return Response.ok(Json.createObjectBuilder().add("id", queued.messageId())
                    .add("channel", queued.channel().map(Enum::name).orElse(""))
                    .add("held", queued.heldReason().orElse("")).build().toString()).build();
        } catch (InvalidInputException e) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            e.errors().asMap().forEach(errors::add);
            return Response.status(400).entity(errors.build().toString()).build();
        }
    }

    @POST
    @Path("/restrictions/{clinicId}")
    public String restrict(@PathParam("clinicId") long clinicId, @FormParam("reference") List<String> references) {
        return Json.createObjectBuilder().add("held", subjects.restrict(clinicId, references)).build().toString();
    }

    @DELETE
    @Path("/restrictions/{clinicId}/{reference}")
    public Response lift(@PathParam("clinicId") long clinicId, @PathParam("reference") String reference) {
        subjects.lift(clinicId, List.of(reference));
        return Response.noContent().build();
    }

    @GET
    @Path("/restrictions/{clinicId}/{reference}")
    public String restricted(@PathParam("clinicId") long clinicId, @PathParam("reference") String reference) {
        return Json.createObjectBuilder().add("restricted", subjects.isRestricted(clinicId, reference)).build().toString();
    }

    @POST
    @Path("/erasures/{clinicId}")
    public String erase(@PathParam("clinicId") long clinicId, @FormParam("reference") List<String> references) {
        MessageErasure erasure = subjects.erase(clinicId, references);
        JsonObjectBuilder erased = Json.createObjectBuilder();
        erasure.erased().forEach(erased::add);
        JsonObjectBuilder kept = Json.createObjectBuilder();
        erasure.kept().forEach(kept::add);
        return Json.createObjectBuilder().add("erased", erased).add("kept", kept).build().toString();
    }

    @POST
    @Path("/reminders")
    public Response schedule(@FormParam("appointmentKey") String key, @FormParam("start") String start,
                             @FormParam("clinicId") long clinicId, @FormParam("reference") String reference,
                             @FormParam("mobile") String mobile, @FormParam("language") String language,
                             @FormParam("time") String time) {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.TIME, time);
        fields.put(TemplateField.CLINIC, "Probeklinikken");
        fields.put(TemplateField.PLACE, "Storgata 1");
        OutboundMessage message = new OutboundMessage(MessageKind.APPOINTMENT_REMINDER, clinicId, reference,
                Optional.of(mobile), Optional.empty(), Language.of(language), fields);
        Optional<QueuedMessage> queued = reminders.schedule(key, Instant.parse(start), message);
        return queued.map(q -> Response.ok(Json.createObjectBuilder().add("id", q.messageId()).build().toString()).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("/reminders/{key}")
    public Response cancel(@PathParam("key") String key) {
        reminders.cancel(key);
        return Response.noContent().build();
    }

    @PUT
    @Path("/templates/{kind}/{language}")
    public Response saveTemplate(@PathParam("kind") MessageKind kind, @PathParam("language") String language,
                                 @FormParam("subject") String subject, @FormParam("body") String body) {
        try {
            TemplateText saved = templates.save(new TemplateText(kind, Language.of(language), subject, body));
            return Response.ok(Json.createObjectBuilder().add("subject", saved.subject()).add("body", saved.body())
                    .build().toString()).build();
        } catch (InvalidInputException e) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            e.errors().asMap().forEach(errors::add);
            return Response.status(400).entity(errors.build().toString()).build();
        }
    }

    @POST
    @Path("/staff-messages")
    public Response write(@FormParam("clinicId") long clinicId, @FormParam("reference") String reference,
                          @FormParam("channel") Channel channel, @FormParam("recipient") String recipient,
                          @FormParam("text") String text) {
        try {
            QueuedMessage queued = correspondence.write(new StaffMessage(clinicId, reference, channel, recipient, Language.NB, text));
            return Response.ok(Json.createObjectBuilder().add("id", queued.messageId()).build().toString()).build();
        } catch (ProcessingRestrictedException e) {
            return Response.status(409).entity(Json.createObjectBuilder().add("error", "processing-restricted").build()
                    .toString()).build();
        } catch (InvalidInputException e) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            e.errors().asMap().forEach(errors::add);
            return Response.status(400).entity(errors.build().toString()).build();
        }
    }

    @GET
    @Path("/threads/{clinicId}/{reference}")
    public String thread(@PathParam("clinicId") long clinicId, @PathParam("reference") String reference) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        correspondence.thread(clinicId, reference).forEach(e -> entries.add(Json.createObjectBuilder()
                .add("id", e.messageId()).add("direction", e.direction().name()).add("channel", e.channel().name())
                .add("kind", e.kind().map(Enum::name).orElse("")).add("text", e.text().orElse(""))
                .add("state", e.state().name()).add("reason", e.reason().orElse("")).add("at", e.at().toString())));
        return entries.build().toString();
    }

    @GET
    @Path("/problems/{clinicId}")
    public String problems(@PathParam("clinicId") long clinicId) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        correspondence.problems(clinicId, 500).forEach(p -> entries.add(Json.createObjectBuilder()
                .add("id", p.messageId()).add("reference", p.subjectReference()).add("state", p.state().name())
                .add("reason", p.reason())));
        return entries.build().toString();
    }

    @GET
    @Path("/unmatched")
    public String unmatched() {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        correspondence.unmatchedReplies(500).forEach(u -> entries.add(Json.createObjectBuilder()
                .add("id", u.messageId()).add("sender", u.sender().orElse("")).add("text", u.text().orElse(""))));
        return entries.build().toString();
    }
}
