/** The privacy officer's page of the access log. */
package no.timebok.booking.accesslog.web;
