/** The privacy officer's pages: the list and registration of rights requests, one request with its answers and consents, and the export. */
package no.timebok.booking.rights.web;
