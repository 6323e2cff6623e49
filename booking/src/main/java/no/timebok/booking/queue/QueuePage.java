package no.timebok.booking.queue;

import java.util.List;

/** A page of the queue; {@code hasNext} comes from reading one row more than shown, not a COUNT. */
public record QueuePage(List<QueueRow> rows, int page, int pageSize, boolean hasNext) {
}
