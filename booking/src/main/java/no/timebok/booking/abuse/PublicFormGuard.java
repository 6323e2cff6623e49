package no.timebok.booking.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import no.timebok.booking.platform.http.ClientAddress;

/**
 * What every public form's post must pass once its CSRF token matched: a person filled it in (the
 * honeypot is empty and it took longer than a bot would) and this client has not sent too many.
 * One place, so the booking form, the picked-time form and the newsletter sign-up refuse alike.
 */
@ApplicationScoped
public class PublicFormGuard {

    /** Named like a field people skip but form-filling bots love; hidden from people and screen readers. */
    public static final String HONEYPOT_FIELD = "website";
    /** Carries when the form was shown, signed, without a session. */
    public static final String SHOWN_AT_FIELD = "_shown";

    @Inject
    FormTokens tokens;

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddress clientAddress;

    /**
     * @throws BotCheckFailedException when a bot filled it in
     * @throws no.timebok.common.error.RateLimitedException when this client sent too many
     */
    public void admit(HttpServletRequest request) {
        String honeypot = request.getParameter(HONEYPOT_FIELD);
        if (honeypot != null && !honeypot.isBlank()) {
            throw new BotCheckFailedException("honeypot");
        }
        tokens.requireFilledByPerson(request.getParameter(SHOWN_AT_FIELD));
        rateLimits.admitClient(clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    }
}
