package no.timebok.booking.queue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.queue.QueueFilter;
import no.timebok.booking.queue.QueuePage;
import no.timebok.booking.queue.QueueRow;
import no.timebok.booking.queue.QueueService;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.config.TimebokConfig;

/** Backs the queue page. Filters and pages come as POST parameters: searches hold personal data. */
@Named("queue")
@RequestScoped
public class QueueView {

    static final int PAGE_SIZE = 25;

    @Inject
    QueueService queue;

    @Inject
    HttpServletRequest request;

    @Inject
    TimebokConfig config;

    private QueuePage page;

    public QueuePage getPage() {
        if (page == null) {
            page = queue.page(new QueueFilter(getStatus(), Optional.ofNullable(request.getParameter("q")),
                    number(request.getParameter("page")), PAGE_SIZE));
        }
        return page;
    }

    public Optional<BookingStatus> getStatus() {
        String status = request.getParameter("status");
        return Arrays.stream(BookingStatus.values()).filter(s -> s.name().equals(status)).findFirst();
    }

    public List<BookingStatus> getStatuses() {
        return List.of(BookingStatus.values());
    }

    public String getSearch() {
        return Optional.ofNullable(request.getParameter("q")).orElse("");
    }

    public String submitted(QueueRow row) {
        ZoneId zone = config.zone();
        return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(row.submittedAt().atZone(zone));
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
