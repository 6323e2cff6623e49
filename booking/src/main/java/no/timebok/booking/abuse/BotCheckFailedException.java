package no.timebok.booking.abuse;

/** The form looks sent by a bot (honeypot filled, or sent back too fast); nothing was stored. */
public class BotCheckFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String TOO_FAST = "fill-time";

    private final String check;

    public BotCheckFailedException(String check) {
        super("Bot check failed: " + check);
        this.check = check;
    }

    /** Only sent too soon: the form's original time stays valid, so a person's resend passes. */
    public boolean sentTooSoon() {
        return TOO_FAST.equals(check);
    }
}
