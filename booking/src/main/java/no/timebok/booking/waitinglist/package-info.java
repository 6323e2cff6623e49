/**
 * The waiting list: patients who found no suitable time wait for one of a kind of visit, and each
 * freed time is offered to the first in line whose dates fit, once, until accepted or expired.
 */
package no.timebok.booking.waitinglist;
