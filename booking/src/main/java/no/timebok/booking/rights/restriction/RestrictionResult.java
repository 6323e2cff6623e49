package no.timebok.booking.rights.restriction;

import java.util.List;

/**
 * @param restricted whether processing is restricted after the change
 * @param changed booking requests whose restriction changed (those already in that state are not counted)
 * @param subscriptionsChanged newsletter-page subscriptions whose restriction changed, counted the same way
 * @param messagesHeld queued messages the outbox held because of the restriction
 */
public record RestrictionResult(boolean restricted, List<String> references, long changed, int subscriptionsChanged,
                                int messagesHeld) {
}
