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
     * One kind of search: the ways a request can match it, each read as a branch of its own (one
     * for most searches; a name's first and last name each through their own index), and the
     * values of each branch's {@code ?}s, in order.
     */
    public sealed interface Search permits ByReference, ByPhone, ByDate, ByName {

        List<Alternative> alternatives();

        List<Object> values(ZoneId zone);
    }

    /**
     * A branch's index hint (empty for the optimiser's choice) and its SQL condition on
     * {@code booking_request}'s own columns.
     */
    public record Alternative(String indexHint, String condition) {

        static List<Alternative> only(String condition) {
            return List.of(new Alternative("", condition));
        }
    }

    public record ByReference(String reference) implements Search {
        public List<Alternative> alternatives() {
            return Alternative.only(" AND reference = ?");
        }

        public List<Object> values(ZoneId zone) {
            return List.of(reference);
        }
    }

    public record ByPhone(String e164) implements Search {
        public List<Alternative> alternatives() {
            return Alternative.only(" AND phone_e164 = ?");
        }

        public List<Object> values(ZoneId zone) {
            return List.of(e164);
        }
    }

    /** Submitted on that day in the clinic's zone; the column holds UTC. */
    public record ByDate(LocalDate day) implements Search {
        public List<Alternative> alternatives() {
            return Alternative.only(" AND submitted_at >= ? AND submitted_at < ?");
        }

        public List<Object> values(ZoneId zone) {
            return List.of(UtcColumns.column(day.atStartOfDay(zone).toInstant()), UtcColumns.column(day.plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    /**
     * The start of a first or last name; the wildcards a user types are taken literally. Each name
     * is its own branch through its own index, pinned: left to choose for the OR, MariaDB merged the
     * two indexes at one size and walked the clinic's newest rows testing names at another, so the
     * same search went from fast to slow as the table grew. A branch's cost is now the number of
     * names that start with the prefix, read from the index alone.
     */
    public record ByName(String prefix) implements Search {
        public List<Object> values(ZoneId zone) {
            return List.of(pattern());
        }

        public List<Alternative> alternatives() {
            return List.of(new Alternative(" FORCE INDEX (ix_booking_request_name_last)", " AND last_name LIKE ?"),
                    new Alternative(" FORCE INDEX (ix_booking_request_name_first)", " AND first_name LIKE ?"));
        }

        /** The prefix as a LIKE pattern. */
        String pattern() {
            return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
