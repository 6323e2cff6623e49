/**
 * The booking module's share of the retention promises: the free-text and contact-data purges of
 * {@code booking_request}, their persistent timers and start-up catch-up, and the staff API for
 * receipts, dry runs, runs, legal holds and (through messaging's contract) the journal worklist.
 */
package no.timebok.booking.retention;
