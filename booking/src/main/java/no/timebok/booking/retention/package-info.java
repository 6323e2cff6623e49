/** The booking module's share of the retention promises, run by persistent EJB timers. */
package no.timebok.booking.retention;
