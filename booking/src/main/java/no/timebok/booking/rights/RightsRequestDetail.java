package no.timebok.booking.rights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One rights request for the officer answering it. The matched identifier itself is not shown
 * again: the officer typed it, and the references are enough to work with.
 *
 * @param references the person's booking requests at the clinic, found now
 * @param subscriptions how many newsletter-page subscriptions at the clinic hold the person's address
 */
public record RightsRequestDetail(RightsRequestSummary request, Optional<String> identityNote, List<String> references,
                                  int subscriptions, List<Step> steps) {

    public record Step(Instant at, String staffName, RightsAction action, Optional<String> detail) {
        static Step of(RightsRequestEvent event, String staffName) {
            return new Step(event.occurredAt(), staffName, event.action(), event.detail());
        }
    }
}
