package no.timebok.booking.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.messaging.NewsletterMessage;
import no.timebok.common.messaging.PatientMessages;

/**
 * Writing and sending newsletters, for the administrators of the clinic. Sending queues every copy
 * and stamps the newsletter in one transaction: all copies and the stamp, or none.
 */
@Stateless
@RolesAllowed("admin")
public class NewsletterService {

    private static final Logger LOG = Logger.getLogger(NewsletterService.class.getName());

    @Inject
    NewsletterRepository newsletters;

    @Inject
    NewsletterRecipients recipients;

    @Inject
    UnsubscribeLinks links;

    @Inject
    CopyLinks copies;

    @Inject
    NewsletterMeasures measures;

    @Inject
    CurrentStaff current;

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @Inject
    Clock clock;

    @Inject
    TimebokConfig config;

    /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
    public NewsletterView write(NewsletterForm form) {
        StaffMember me = current.get();
        Newsletter newsletter = Newsletter.write(form.validate(me.clinicIds()), me.id(), clock.instant());
        newsletters.add(newsletter);
        return NewsletterView.of(newsletter);
    }

    /** The administrator's clinics' newsletters, newest first, each with its opens and clicks. */
    public List<NewsletterView> list() {
        List<Newsletter> found = newsletters.newestFirst(current.clinicIds());
        Map<Long, NewsletterMeasures.Measures> counted = measures.of(found.stream().map(Newsletter::id).toList());
        return found.stream().map(n -> NewsletterView.of(n, counted.getOrDefault(n.id(), NewsletterMeasures.Measures.NONE)))
                .toList();
    }

    /**
     * @param beyondPromise the administrator has been warned that the clinic already sent the
     *        privacy notice's most newsletters this calendar year, and sends anyway
     * @throws NotFoundException when it is not one of the administrator's clinics'
     * @throws ConflictException when it went out before (nothing is queued again), or it would be
     *         one more than the notice promises this year and {@code beyondPromise} is not set
     */
    public NewsletterView send(long id, boolean beyondPromise) {
        StaffMember me = current.get();
        Newsletter newsletter = newsletters.findForSending(id, me.clinicIds()).orElseThrow(() -> new NotFoundException("newsletter.notFound"));
        newsletter.ensureUnsent();
        long sentThisYear = sentThisYear(newsletter.clinicId());
        if (sentThisYear >= Newsletter.MOST_PER_YEAR && !beyondPromise) {
            throw new ConflictException("newsletter-yearly-promise", "newsletter.yearlyPromise", sentThisYear, Newsletter.MOST_PER_YEAR);
        }
        List<NewsletterRecipients.Recipient> to = recipients.of(newsletter.clinicId());
        Instant now = clock.instant();
        copies.register(newsletter);
        for (NewsletterRecipients.Recipient r : to) {
            String text = newsletter.text(r.language());
            UnsubscribeLinks.Issued unsubscribe = links.issue(newsletter.clinicId(), r.requestIds(), r.subscriberIds(), r.language(), now);
            CopyLinks.Issued measuring = copies.issue(newsletter, unsubscribe.digest(), text);
            messages.queueNewsletter(new NewsletterMessage(newsletter.clinicId(), r.reference(), r.email(), r.language(),
                    newsletter.subject(r.language()), text, unsubscribe.address(), measuring.openMarker(), measuring.links()));
        }
        newsletter.markSent(me.id(), to.size(), now);
        LOG.info(() -> "Newsletter " + id + " of clinic " + newsletter.clinicId() + " queued for " + to.size() + " recipients"
                + (sentThisYear >= Newsletter.MOST_PER_YEAR ? ", beyond the yearly promise after a warning" : ""));
        return NewsletterView.of(newsletter);
    }

    /** The clinic's newsletters sent in this calendar year, in Oslo. */
    public long sentThisYear(long clinicId) {
        ZonedDateTime yearStart = ZonedDateTime.now(clock.withZone(config.zone())).with(TemporalAdjusters.firstDayOfYear())
                .toLocalDate().atStartOfDay(config.zone());
        return newsletters.countSent(clinicId, yearStart.toInstant(), yearStart.plusYears(1).toInstant());
    }
}
