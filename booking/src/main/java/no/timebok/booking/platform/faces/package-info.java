/**
 * What every staff page shares: the one handler that shows a business refusal on the page, and the
 * one helper through which a page puts a message on itself.
 */
package no.timebok.booking.platform.faces;
