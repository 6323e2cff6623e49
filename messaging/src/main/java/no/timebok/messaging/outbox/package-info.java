/**
 * The outbox: every message to a patient is written here in the caller's transaction, with its
 * channel chosen under the daily SMS caps, and sent afterwards by a relay. Owns the
 * {@code outbox_message} table. Recipients and template fields are personal data: they never go
 * into the log.
 */
package no.timebok.messaging.outbox;
