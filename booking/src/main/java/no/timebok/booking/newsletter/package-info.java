/**
 * The clinics' newsletters: an administrator writes one (subject and text in bokmål and English)
 * and sends it once, through the outbox, to the clinic's consenting, unrestricted recipients, one
 * copy per email address. Every copy carries a one-click unsubscribe (RFC 8058) whose sealed
 * token names the clinic and address; following it never unsubscribes, only the POST does.
 */
package no.timebok.booking.newsletter;
