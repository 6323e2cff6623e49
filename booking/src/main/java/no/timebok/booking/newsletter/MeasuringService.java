package no.timebok.booking.newsletter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * A newsletter copy's open marker and redirects, as its recipient's mail program calls them.
 * Anyone holding the copy's token may: it proves only that the copy reached someone, and it is
 * recorded only while the recipient's consent stands. Nothing is logged: a log line per open
 * would be a second, unmanaged record of who read what.
 */
@Stateless
@PermitAll
public class MeasuringService {

    public static final String OPEN_PATH = "/newsletter/open";
    public static final String REDIRECT_PATH = "/newsletter/go";

    @Inject
    CopyMarks marks;

    @Inject
    Clock clock;

    /** Records the copy's first open, if it is one and may be measured; anything else changes nothing. */
    public void opened(String token) {
        marks.find(token).filter(CopyMarks.Copy::measurable).ifPresent(copy -> marks.opened(copy, clock.instant()));
    }

    /**
     * Where the copy's redirect leads: the target, when the signature is the copy's newsletter's
     * for this copy and target; empty for anything else, which must not be redirected. A click is
     * counted only when the copy may be measured, but the redirect works either way.
     */
    public Optional<URI> follow(String token, String target, String signature) {
        Optional<CopyMarks.Copy> copy = marks.find(token)
                .filter(found -> LinkSignature.verifies(found.key(), token, target, signature));
        copy.filter(CopyMarks.Copy::measurable).ifPresent(found -> marks.followed(found, target));
        return copy.map(found -> URI.create(target));
    }
}
