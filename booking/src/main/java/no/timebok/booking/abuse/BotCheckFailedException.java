package no.timebok.booking.abuse;

import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;

/**
 * The form looks sent by a bot (honeypot filled, or sent back too fast); nothing was stored. No field
 * is to blame, so the page says only that the form was not sent.
 */
public class BotCheckFailedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    static final String TOO_FAST = "fill-time";

    private final String check;

    /** @param check which check failed, for the log: "honeypot", "fill-time" or "fill-time-token" */
    public BotCheckFailedException(String check) {
        super("bot-check", "error.form.notSent", new FieldErrors(), check);
        this.check = check;
    }

    /** Only sent too soon: the form's original time stays valid, so a person's resend passes. */
    public boolean sentTooSoon() {
        return TOO_FAST.equals(check);
    }

    /** Which check failed; names a check, never anything the sender typed. */
    public String check() {
        return check;
    }
}
