/** The public pages: the booking form and its receipt, rendered on the server and working without JavaScript. */
package no.timebok.booking.intake.web;
