/** Clinics are the tenants: each is the data controller for its own patients. */
package no.timebok.booking.clinic;
