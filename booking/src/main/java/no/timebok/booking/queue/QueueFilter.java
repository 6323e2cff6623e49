package no.timebok.booking.queue;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.timebok.booking.request.BookingReference;
import no.timebok.booking.request.BookingStatus;
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

    /** One kind of search: its JPQL condition on {@code b}, and how it binds its parameters. */
    public sealed interface Search permits ByReference, ByPhone, ByDate, ByName {

        String condition();

        void bind(Query query, ZoneId zone);
    }

    public record ByReference(String reference) implements Search {
        public String condition() {
            return " AND b.reference = :reference";
        }

        public void bind(Query query, ZoneId zone) {
            query.setParameter("reference", reference);
        }
    }

    public record ByPhone(String e164) implements Search {
        public String condition() {
            return " AND b.phoneE164 = :phone";
        }

        public void bind(Query query, ZoneId zone) {
            query.setParameter("phone", e164);
        }
    }

    /** Submitted on that day in the clinic's zone. */
    public record ByDate(LocalDate day) implements Search {
        public String condition() {
            return " AND b.submittedAt >= :dayStart AND b.submittedAt < :dayEnd";
        }

        public void bind(Query query, ZoneId zone) {
            query.setParameter("dayStart", day.atStartOfDay(zone).toInstant());
            query.setParameter("dayEnd", day.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    /** The start of a first or last name; the wildcards a user types are taken literally. */
    public record ByName(String prefix) implements Search {
        public String condition() {
            return " AND (b.lastName LIKE :name OR b.firstName LIKE :name)";
        }

        public void bind(Query query, ZoneId zone) {
            query.setParameter("name", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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
