/**
 * What the SMS gateway tells us: delivery reports, which move outbound messages on, and SMS from
 * patients, which join the thread of their booking request or wait as unmatched. Owns the
 * {@code inbound_message} table; senders and texts are personal data (texts encrypted).
 */
package no.timebok.messaging.inbound;
