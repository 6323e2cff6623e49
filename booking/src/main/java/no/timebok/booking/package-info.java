/**
 * Booking: the public booking form, and later the staff workspace and appointments. Reaches
 * messaging only through contracts in {@code no.timebok.common}.
 */
package no.timebok.booking;
