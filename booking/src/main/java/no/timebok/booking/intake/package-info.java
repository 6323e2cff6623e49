/**
 * The public intake: a booking request from the form or the JSON API, checked, stored sealed and
 * acknowledged with its confirmation queued in the same transaction; and the receipt afterwards.
 */
package no.timebok.booking.intake;
