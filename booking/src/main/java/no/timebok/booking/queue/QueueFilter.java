package no.timebok.booking.queue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.request.BookingReference;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.validation.PhoneNumbers;

/**
 * What the queue shows: optionally one status, optionally a search, one page. The search text is
 * read as a reference, a phone number, a date (of submission) or else the start of a name, so each
 * search hits one index.
 */
public record QueueFilter(Optional<BookingStatus> status, Optional<String> search, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public QueueFilter {
        page = Math.max(page, 0);
        pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        search = search.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.length() > 100 ? s.substring(0, 100) : s);
    }

    /**
     * One kind of search: its SQL condition on {@code booking_request}'s own columns, with a
     * {@code ?} for each of its values, in order.
     */
    public sealed interface Search permits ByReference, ByPhone, ByDate, ByName {

        String condition();

        List<Object> values(ZoneId zone);
    }

    public record ByReference(String reference) implements Search {
        public String condition() {
            return " AND reference = ?";
        }

        public List<Object> values(ZoneId zone) {
            return List.of(reference);
        }
    }

    public record ByPhone(String e164) implements Search {
        public String condition() {
            return " AND phone_e164 = ?";
        }

        public List<Object> values(ZoneId zone) {
            return List.of(e164);
        }
    }

    /** Submitted on that day in the clinic's zone; the column holds UTC. */
    public record ByDate(LocalDate day) implements Search {
        public String condition() {
            return " AND submitted_at >= ? AND submitted_at < ?";
        }

        public List<Object> values(ZoneId zone) {
            return List.of(UtcColumns.column(day.atStartOfDay(zone).toInstant()), UtcColumns.column(day.plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    /** The start of a first or last name; the wildcards a user types are taken literally. */
    public record ByName(String prefix) implements Search {
        public String condition() {
            return " AND (last_name LIKE ? OR first_name LIKE ?)";
        }

        public List<Object> values(ZoneId zone) {
            String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return List.of(pattern, pattern);
        }
    }

    public Optional<Search> parsedSearch() {
        return search.map(QueueFilter::parse);
    }

    static Search parse(String text) {
        String upper = text.toUpperCase();
        if (BookingReference.isWellFormed(upper)) {
            return new ByReference(upper);
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new ByDate(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return new ByName(text);
            }
        }
        if (text.matches("[+0-9 ()-]{5,}")) {
            Optional<String> e164 = PhoneNumbers.toE164(text);
            if (e164.isPresent()) {
                return new ByPhone(e164.get());
            }
        }
        return new ByName(text);
    }
}
