/**
 * The clinics' newsletters: an administrator writes one (subject and text in bokmål and English)
 * and sends it once, through the outbox, to the clinic's consenting, unrestricted recipients and
 * confirmed subscribers, one copy per email address. Anyone may subscribe on the newsletter page,
 * confirmed by an emailed link (double opt-in). Every copy carries a one-click unsubscribe
 * (RFC 8058) whose random token names nobody; following it never unsubscribes, only the POST does.
 * A privacy officer's rights tools reach a person's subscriptions through {@link SubscriberRights}.
 * With the recipient's consent each copy is measured on its own: an open marker and redirects
 * signed with the newsletter's key, carrying a second random token; the administrator sees counts.
 */
package no.timebok.booking.newsletter;
