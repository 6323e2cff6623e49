package no.timebok.booking.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request is in the reception's queue, and where it may go from there. */
public enum BookingStatus {
    NEW, CONTACTED, SCHEDULED, COMPLETED, REJECTED, CANCELLED;

    public Set<BookingStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, SCHEDULED, REJECTED, CANCELLED);
            case CONTACTED -> EnumSet.of(SCHEDULED, REJECTED, CANCELLED);
            case SCHEDULED -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    public boolean canMoveTo(BookingStatus target) {
        return next().contains(target);
    }
}
