/** Start-up of the booking module: configuration check and schema migration before anything serves. */
package no.timebok.booking.schema;
