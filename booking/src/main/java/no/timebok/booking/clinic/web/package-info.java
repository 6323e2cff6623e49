/**
 * What every public page shows of the clinic group: its name in the header and its logo at
 * {@code /logo}. Read-only, with no session, so the edge nodes serve it as the internal ones do.
 */
package no.timebok.booking.clinic.web;
