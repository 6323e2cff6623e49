package no.timebok.booking.newsletter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.newsletter.NewsletterSubscribers.Status;
import no.timebok.booking.newsletter.NewsletterSubscribers.Subscriber;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.TemplateField;

/**
 * Signing up on the newsletter page, with double opt-in: the sign-up is stored PENDING and a
 * confirmation email queued in the same transaction; only the POST of the emailed link's page
 * confirms it and records the consent. Anyone may sign up, as the privacy notice promises.
 */
@Stateless
@PermitAll
public class SignUpService {

    public static final String CONFIRM_PATH = "/newsletter/confirm";

    private static final Logger LOG = Logger.getLogger(SignUpService.class.getName());

    @Inject
    NewsletterSubscribers subscribers;

    @Inject
    ClinicRepository clinics;

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /**
     * Stores the sign-up and queues its confirmation email. An address that is already confirmed
     * at the clinic gets nothing, and the page says the same as for a new one, so the page does not
     * tell anyone who subscribes; a second sign-up before confirming gets a new link (the old one stops working).
     *
     * @throws no.timebok.common.error.InvalidInputException naming each wrong field
     */
    public void signUp(SignUpForm form) {
        Set<Long> open = clinics.findBookable().stream().map(Clinic::id).collect(Collectors.toSet());
        SignUpForm.SignUp signUp = form.validate(open);
        Optional<Subscriber> existing = subscribers.findActive(signUp.clinicId(), signUp.email());
        if (existing.isPresent() && existing.get().status() == Status.CONFIRMED) {
            LOG.info(() -> "Newsletter sign-up for clinic " + signUp.clinicId() + " of an address already subscribed: nothing sent");
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.newsletterConfirmExpiry());
        String token = ReceiptToken.next();
        String digest = UnsubscribeLinks.digest(token);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            subscribers.renewPending(id, signUp, digest, expiresAt);
        } else {
            id = subscribers.addPending(signUp, digest, now, expiresAt);
        }
        String clinicName = clinics.findBookable(signUp.clinicId()).map(Clinic::name).orElse("");
        String link = config.publicBaseUrl() + CONFIRM_PATH + "?t=" + token + "&lang=" + signUp.language().tag();
        messages.queue(new OutboundMessage(MessageKind.NEWSLETTER_CONFIRMATION, signUp.clinicId(),
                NewsletterSubscribers.reference(id), Optional.empty(), Optional.of(signUp.email()), signUp.language(),
                Map.of(TemplateField.NAME, signUp.name(), TemplateField.CLINIC, clinicName, TemplateField.LINK, link)));
        LOG.info(() -> "Newsletter sign-up " + id + " for clinic " + signUp.clinicId() + " waits for its confirmation");
    }

    /** What the confirmation link's page may offer for this token; changes nothing. */
    public Confirmation check(String token) {
        return find(token).map(s -> new Confirmation(state(s), Optional.of(s.clinicId())))
                .orElse(new Confirmation(State.INVALID, Optional.empty()));
    }

    /** Confirms the sign-up of this token and records the grant; pressing again changes nothing. */
    public Confirmation confirm(String token) {
        Optional<Subscriber> found = find(token);
        if (found.isEmpty()) {
            return new Confirmation(State.INVALID, Optional.empty());
        }
        Subscriber subscriber = found.get();
        State state = state(subscriber);
        if (state == State.CONFIRMABLE) {
            subscribers.confirm(subscriber.id(), clock.instant());
            LOG.info(() -> "Newsletter sign-up " + subscriber.id() + " confirmed");
            state = State.CONFIRMED;
        }
        return new Confirmation(state, Optional.of(subscriber.clinicId()));
    }

    private Optional<Subscriber> find(String token) {
        return ReceiptToken.isWellFormed(token) ? subscribers.findByTokenDigest(UnsubscribeLinks.digest(token)) : Optional.empty();
    }

    private State state(Subscriber subscriber) {
        return switch (subscriber.status()) {
            case PENDING -> subscriber.confirmable(clock.instant()) ? State.CONFIRMABLE : State.EXPIRED;
            case CONFIRMED -> State.CONFIRMED;
            case UNSUBSCRIBED -> State.INVALID;
        };
    }

    public enum State { CONFIRMABLE, CONFIRMED, EXPIRED, INVALID }

    /** @param clinicId the sign-up's clinic, for the page to name; empty when the token is nobody's */
    public record Confirmation(State state, Optional<Long> clinicId) {
    }
}
