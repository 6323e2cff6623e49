/** The access log (Normen): every read of a patient's data, append-only, and the privacy officer's view of it. */
package no.timebok.booking.accesslog;
