/**
 * Staff's side of patient messaging: the thread of a booking request with its journal decisions,
 * writing to the patient, the clinic-wide list of messages that did not get through, unmatched
 * replies and the template editor. Messaging is reached only through the contracts in
 * {@code no.timebok.common.messaging} and {@code no.timebok.common.retention}.
 */
package no.timebok.booking.correspondence;
