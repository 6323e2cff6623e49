package no.timebok.booking.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.logging.Logger;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.common.config.TimebokConfig;

/**
 * Erases booking free text once it is older than the configured period (21 days by default).
 * <p>
 * The timer is persistent, so it is stored in the database and survives restarts. It runs at
 * 04:10 Oslo time, outside 02:00–03:00, where daylight-saving changes skip or repeat an hour.
 * The cutoff is computed in the Oslo zone, so "21 days" means calendar days across those changes.
 */
@Singleton
public class FreeTextRetentionTimer {

    private static final Logger LOG = Logger.getLogger(FreeTextRetentionTimer.class.getName());

    @Inject
    BookingRequestRepository requests;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "4", minute = "10", timezone = "Europe/Oslo", persistent = true, info = "retention.free-text")
    void eraseExpiredFreeText() {
        Instant now = clock.instant();
        Instant cutoff = ZonedDateTime.ofInstant(now, config.zone()).minus(config.freeTextRetention()).toInstant();
        int erased = requests.eraseFreeTextSubmittedBefore(cutoff, now);
        LOG.info(() -> "Free-text retention: erased the text of " + erased + " booking request(s) submitted before " + cutoff);
    }
}
