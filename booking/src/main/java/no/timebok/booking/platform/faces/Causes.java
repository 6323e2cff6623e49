package no.timebok.booking.platform.faces;

import java.util.Optional;

/** What the exception handlers look for: Faces and EJB wrap the exception a page's action threw. */
final class Causes {

    private Causes() {
    }

    /** The first exception of this kind in the chain of causes, the thrown one included. */
    static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }
}
